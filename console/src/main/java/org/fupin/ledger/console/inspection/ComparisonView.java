package org.fupin.ledger.console.inspection;

import java.util.List;

/** What changed in a village between two moments ({@code GET /api/villages/{id}/compare}). */
public record ComparisonView(List<FundChange> funds, List<ProjectChange> projects) {

    public record FundChange(String fundId, String availableBefore, String availableAfter, String committedBefore,
                             String committedAfter, String disbursedBefore, String disbursedAfter) {
    }

    public record ProjectChange(String projectId, String statusBefore, String statusAfter, Integer progressBefore,
                                int progressAfter, String disbursedBefore, String disbursedAfter) {
    }
}
