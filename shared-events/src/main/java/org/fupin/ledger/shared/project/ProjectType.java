package org.fupin.ledger.shared.project;

/** What a project builds. Some types carry a spec of their own (see the command side's ProjectSpec). */
public enum ProjectType {
    ROAD_HARDENING,
    WATER_PUMPING_STATION,
    BAKING_ROOM,
    PHOTOVOLTAIC_STATION,
    TRAINING_CENTER,
    FRUIT_STORAGE,
    SCHOOL_REPAIR,
    HEALTH_STATION,
    ELDERLY_DAY_CARE,
    INDUSTRY,
    OTHER
}
