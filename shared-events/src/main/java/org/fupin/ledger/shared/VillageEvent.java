package org.fupin.ledger.shared;

/**
 * An event about one village: its registration and secretaries, the money it receives and returns, its
 * projects and its collective account, and a fund's allocations to it. Every event but a fund's registration,
 * a period's close and a warning's acknowledgement is one. The query side projects all events of a village
 * in order on one segment, so the rows a village's events write are never written by two segments at once.
 */
public interface VillageEvent {

    VillageId villageId();
}
