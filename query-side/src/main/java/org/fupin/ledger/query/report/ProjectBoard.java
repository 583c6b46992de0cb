package org.fupin.ledger.query.report;

import java.util.List;
import java.util.Map;

/**
 * The project status board of a town (or of every village): per village and project type, how many
 * projects are in each status and the money budgeted, committed (net of releases) and paid out.
 */
public record ProjectBoard(String town, List<VillageRow> villages) {

    public record VillageRow(String villageId, String name, String town, List<TypeRow> byType) {
    }

    public record TypeRow(String type, Map<String, Integer> countByStatus, String budget, String committed,
                          String disbursed) {
    }
}
