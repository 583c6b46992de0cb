package org.fupin.ledger.console.board;

import java.util.List;
import java.util.Map;

/** The query side's project board ({@code GET /api/reports/projects?town=}). */
public record BoardView(String town, List<VillageRow> villages) {

    public record VillageRow(String villageId, String name, String town, List<TypeRow> byType) {
    }

    public record TypeRow(String type, Map<String, Integer> countByStatus, String budget, String committed,
                          String disbursed) {
    }
}
