package org.fupin.ledger.shared.collective;

/** Where collective-economy income (村集体经济收入) comes from. */
public enum IncomeCategory {
    PHOTOVOLTAIC,
    BAKING_ROOM,
    LAND_TRANSFER,
    ASSET_RENT,
    OTHER
}
