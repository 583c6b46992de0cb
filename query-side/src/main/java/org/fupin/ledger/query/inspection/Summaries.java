package org.fupin.ledger.query.inspection;

import org.fupin.ledger.shared.FundAmount;
import org.fupin.ledger.shared.collective.CollectiveIncomeRecorded;
import org.fupin.ledger.shared.collective.CollectiveSpendingRecorded;
import org.fupin.ledger.shared.fund.FundSourceRegistered;
import org.fupin.ledger.shared.fund.FundsAllocated;
import org.fupin.ledger.shared.fund.ReturnedFundsReceived;
import org.fupin.ledger.shared.project.DisbursementReversed;
import org.fupin.ledger.shared.project.FundsCommitted;
import org.fupin.ledger.shared.project.FundsDisbursed;
import org.fupin.ledger.shared.project.MilestoneReported;
import org.fupin.ledger.shared.project.ProjectAccepted;
import org.fupin.ledger.shared.project.ProjectApproved;
import org.fupin.ledger.shared.project.ProjectCancelled;
import org.fupin.ledger.shared.project.ProjectCompleted;
import org.fupin.ledger.shared.project.ProjectProposed;
import org.fupin.ledger.shared.project.ProjectResumed;
import org.fupin.ledger.shared.project.ProjectStarted;
import org.fupin.ledger.shared.project.ProjectSuspended;
import org.fupin.ledger.shared.village.AllocationReceived;
import org.fupin.ledger.shared.village.FundsReturned;
import org.fupin.ledger.shared.village.SecretaryAssigned;
import org.fupin.ledger.shared.village.SecretaryRecalled;
import org.fupin.ledger.shared.village.VillageRegistered;

import java.util.List;
import java.util.stream.Collectors;

/** One readable sentence per event, for the history an inspector reads. */
final class Summaries {

    private Summaries() {
    }

    static String of(Object event) {
        if (event instanceof VillageRegistered e) {
            return "Registered village " + e.name() + " (" + e.town() + ", " + e.county() + ") with "
                    + e.povertyHouseholds() + " poor households";
        } else if (event instanceof AllocationReceived e) {
            return "Allocated " + e.amount() + " from fund " + e.fundId().value() + document(e.documentNo())
                    + " for " + e.purpose();
        } else if (event instanceof FundsReturned e) {
            return "Returned " + e.amount() + " to fund " + e.fundId().value() + ": " + e.reason();
        } else if (event instanceof ProjectProposed e) {
            return "Proposed " + e.type().name().toLowerCase().replace('_', ' ') + " project " + e.projectId().value()
                    + " \"" + e.name() + "\" with a budget of " + e.budget() + ", planned " + e.plannedStart()
                    + " to " + e.plannedEnd();
        } else if (event instanceof FundsCommitted e) {
            return "Committed " + e.amount() + " to project " + e.projectId().value() + " (" + splits(e.splits()) + ")";
        } else if (event instanceof FundsDisbursed e) {
            return "Paid " + e.amount() + " from project " + e.projectId().value() + " to " + e.payee() + ", voucher "
                    + e.voucherNo() + " (" + splits(e.splits()) + ")";
        } else if (event instanceof DisbursementReversed e) {
            return "Reversed payment " + e.disbursementId() + " of " + e.amount() + " on project " + e.projectId().value()
                    + " (correcting event " + e.correctsEventId() + "): " + e.reason();
        } else if (event instanceof ProjectCancelled e) {
            return "Cancelled project " + e.projectId().value() + ": " + e.reason()
                    + (e.released().isEmpty() ? "" : "; released " + splits(e.released()) + " back to the village");
        } else if (event instanceof MilestoneReported e) {
            return "Project " + e.projectId().value() + " reached " + e.progressPercent() + "% on " + e.date() + ": "
                    + e.title();
        } else if (event instanceof CollectiveIncomeRecorded e) {
            return "Collective income of " + e.amount() + " (" + e.category().name().toLowerCase().replace('_', ' ')
                    + (e.assetProjectId() == null ? "" : ", from project " + e.assetProjectId().value()) + ") for "
                    + e.period() + ", receipt " + e.receiptNo();
        } else if (event instanceof CollectiveSpendingRecorded e) {
            return "Collective spending of " + e.amount() + " on " + e.purpose().name().toLowerCase().replace('_', ' ')
                    + (e.note().isEmpty() ? "" : ": " + e.note());
        }
        return lifecycle(event);
    }

    private static String lifecycle(Object event) {
        if (event instanceof ProjectApproved e) {
            return "Approved project " + e.projectId().value() + note(e.note());
        } else if (event instanceof ProjectStarted e) {
            return "Started project " + e.projectId().value() + " on " + e.date();
        } else if (event instanceof ProjectCompleted e) {
            return "Completed project " + e.projectId().value() + " on " + e.date();
        } else if (event instanceof ProjectAccepted e) {
            return "Accepted project " + e.projectId().value() + " on " + e.date() + note(e.note());
        } else if (event instanceof ProjectSuspended e) {
            return "Suspended project " + e.projectId().value() + ": " + e.reason();
        } else if (event instanceof ProjectResumed e) {
            return "Resumed project " + e.projectId().value() + note(e.note());
        } else if (event instanceof FundSourceRegistered e) {
            return "Registered fund " + e.fundId().value() + " " + e.name() + " of " + e.amount() + document(e.documentNo());
        } else if (event instanceof FundsAllocated e) {
            return "Allocated " + e.amount() + " to village " + e.villageId().value() + " for " + e.purpose();
        } else if (event instanceof SecretaryAssigned e) {
            return "Assigned First Secretary " + e.name() + " (" + e.username() + ") of " + e.dispatchingUnit()
                    + " since " + e.since();
        } else if (event instanceof SecretaryRecalled e) {
            return "Recalled First Secretary " + e.username() + " on " + e.date() + note(e.reason());
        } else if (event instanceof ReturnedFundsReceived e) {
            return "Took back " + e.amount() + " returned by village " + e.villageId().value();
        }
        return event.getClass().getSimpleName();
    }

    private static String splits(List<FundAmount> splits) {
        return splits.stream().map(split -> split.amount() + " of fund " + split.fundId().value())
                .collect(Collectors.joining(", "));
    }

    private static String document(String documentNo) {
        return documentNo == null || documentNo.isEmpty() ? "" : " (" + documentNo + ")";
    }

    private static String note(String note) {
        return note == null || note.isEmpty() ? "" : ": " + note;
    }
}
