package org.fupin.ledger.query.disclosure;

import org.fupin.ledger.query.http.NotFound;

import java.time.LocalDate;

/**
 * The village exists, but was registered only after the period ended, so it has no notice for it. To signed-in
 * callers this is the same 404 {@code VILLAGE_NOT_FOUND} as before; the public page says what it is.
 */
class PeriodBeforeVillage extends NotFound {

    private final LocalDate registeredOn;

    PeriodBeforeVillage(String villageId, LocalDate registeredOn) {
        super("village", villageId);
        this.registeredOn = registeredOn;
    }

    LocalDate registeredOn() {
        return registeredOn;
    }
}
