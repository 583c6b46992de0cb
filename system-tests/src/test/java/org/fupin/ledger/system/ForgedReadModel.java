package org.fupin.ledger.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * Writes into the query side's read models behind the projections' back, straight in the database. No
 * event explains what it writes, so only a real rebuild (every table emptied, every event replayed) takes it
 * away: the rebuild tests' witness that a rebuild happened, where answers equal before and after would also
 * come from a rebuild that did nothing.
 */
final class ForgedReadModel {

    private ForgedReadModel() {
    }

    /**
     * Renames {@code villageId} in its read model and adds a village, {@code villageId + "-FORGED"}, that no
     * event ever registered.
     */
    static void forgeVillage(String villageId) {
        try (Connection db = DriverManager.getConnection(RunningLedger.system().jdbcUrl());
             PreparedStatement rename = db.prepareStatement(
                     "UPDATE projection.village_view SET name = '伪造 forged' WHERE village_id = ?");
             PreparedStatement phantom = db.prepareStatement("""
                     INSERT INTO projection.village_view (village_id, name, town, county, poverty_households)
                     VALUES (?, '无中生有 forged', 'Z镇', 'Z县', 1)""")) {
            rename.setString(1, villageId);
            if (rename.executeUpdate() != 1) {
                throw new IllegalStateException("Village " + villageId + " is not in the read model");
            }
            phantom.setString(1, forgedVillage(villageId));
            phantom.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException("Could not forge the read model of village " + villageId, e);
        }
    }

    /** The id of the village {@link #forgeVillage} adds. */
    static String forgedVillage(String villageId) {
        return villageId + "-FORGED";
    }
}
