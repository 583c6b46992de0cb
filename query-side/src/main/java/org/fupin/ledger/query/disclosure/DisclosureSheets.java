package org.fupin.ledger.query.disclosure;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fupin.ledger.query.Amounts;
import org.fupin.ledger.query.disclosure.DisclosureSheet.FundReceipt;
import org.fupin.ledger.query.disclosure.DisclosureSheet.FundReturn;
import org.fupin.ledger.query.disclosure.DisclosureSheet.Income;
import org.fupin.ledger.query.disclosure.DisclosureSheet.IntegrityHead;
import org.fupin.ledger.query.disclosure.DisclosureSheet.Payment;
import org.fupin.ledger.query.disclosure.DisclosureSheet.ProjectLine;
import org.fupin.ledger.query.disclosure.DisclosureSheet.Spending;
import org.fupin.ledger.query.http.NotFound;
import org.fupin.ledger.query.inspection.VillageHistory;
import org.fupin.ledger.query.inspection.VillageReplay;
import org.fupin.ledger.query.integrity.PublishedHeads;
import org.fupin.ledger.query.period.EffectiveDate;
import org.fupin.ledger.query.period.PeriodQueries;
import org.fupin.ledger.query.period.PeriodView;
import org.fupin.ledger.query.project.ProjectView;
import org.fupin.ledger.query.village.VillageView;
import org.fupin.ledger.shared.collective.CollectiveIncomeRecorded;
import org.fupin.ledger.shared.fund.FundSourceRegistered;
import org.fupin.ledger.shared.collective.CollectiveSpendingRecorded;
import org.fupin.ledger.shared.project.DisbursementReversed;
import org.fupin.ledger.shared.project.FundsCommitted;
import org.fupin.ledger.shared.project.FundsDisbursed;
import org.fupin.ledger.shared.project.ProjectProposed;
import org.fupin.ledger.shared.village.VillageRegistered;
import org.fupin.ledger.shared.village.AllocationReceived;
import org.fupin.ledger.shared.village.FundsReturned;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Computes a disclosure sheet from the village's own event stream, read through Axon: the same events an
 * inspector replays, so the sheet and the history never disagree. Money entries belong to the period their
 * effective date falls in, even when recorded later (补记); balances at the end count every money entry
 * effective by the period's last day, and every other event recorded before its end.
 */
@Component
class DisclosureSheets {

    private final VillageHistory history;
    private final PublishedHeads heads;
    private final EventStore eventStore;
    private final Map<String, Fund> funds = new ConcurrentHashMap<>();
    private final Clock clock;
    private final PeriodQueries periods;

    DisclosureSheets(VillageHistory history, PublishedHeads heads, EventStore eventStore, Clock clock,
                     PeriodQueries periods) {
        this.history = history;
        this.heads = heads;
        this.eventStore = eventStore;
        this.clock = clock;
        this.periods = periods;
    }

    DisclosureSheet sheet(String villageId, Period period) {
        VillageReplay replay = new VillageReplay();
        List<FundReceipt> received = new ArrayList<>();
        List<FundReturn> returned = new ArrayList<>();
        Map<String, List<Payment>> payments = new HashMap<>();
        Map<String, long[]> paidAndReversed = new HashMap<>();
        List<Income> income = new ArrayList<>();
        List<Spending> spending = new ArrayList<>();
        long receivedTotal = 0;
        long returnedTotal = 0;
        long incomeTotal = 0;
        long spendingTotal = 0;
        List<? extends DomainEventMessage<?>> stream = history.stream(villageId).asStream().toList();
        Set<String> backdatedProjects = backdatedProjects(stream, period);
        for (DomainEventMessage<?> event : stream) {
            Object payload = event.getPayload();
            boolean recordedInTime = event.getTimestamp().isBefore(period.end());
            Optional<LocalDate> effective = EffectiveDate.of(payload, event.getTimestamp());
            if (effective.isEmpty()) {
                if (recordedInTime || payload instanceof VillageRegistered && !backdatedProjects.isEmpty()
                        || payload instanceof ProjectProposed p && backdatedProjects.contains(p.projectId().value())) {
                    replay.apply(payload);
                }
                continue;
            }
            LocalDate date = effective.get();
            if (date.isAfter(period.lastDay())) {
                continue;
            }
            replay.apply(payload);
            if (date.isBefore(period.firstDay())) {
                continue;
            }
            if (payload instanceof AllocationReceived e) {
                Fund fund = fund(e.fundId().value());
                received.add(new FundReceipt(date, e.fundId().value(), fund.name(), fund.level(), e.allocationId(),
                        e.documentNo(), e.purpose(), e.amount().toString()));
                receivedTotal += e.amount().fen();
            } else if (payload instanceof FundsReturned e) {
                returned.add(new FundReturn(date, e.fundId().value(), fund(e.fundId().value()).name(), e.returnId(),
                        e.reason(), e.amount().toString()));
                returnedTotal += e.amount().fen();
            } else if (payload instanceof FundsDisbursed e) {
                payments.computeIfAbsent(e.projectId().value(), id -> new ArrayList<>()).add(new Payment(date,
                        e.disbursementId(), false, e.payee(), e.voucherNo(), e.amount().toString()));
                paidAndReversed.computeIfAbsent(e.projectId().value(), id -> new long[2])[0] += e.amount().fen();
            } else if (payload instanceof DisbursementReversed e) {
                payments.computeIfAbsent(e.projectId().value(), id -> new ArrayList<>()).add(new Payment(date,
                        e.disbursementId(), true, null, null, e.amount().toString()));
                paidAndReversed.computeIfAbsent(e.projectId().value(), id -> new long[2])[1] += e.amount().fen();
            } else if (payload instanceof CollectiveIncomeRecorded e) {
                income.add(new Income(date, e.incomeId(), e.category().name(), e.period(), e.receiptNo(),
                        e.assetProjectId() == null ? null : e.assetProjectId().value(), e.amount().toString()));
                incomeTotal += e.amount().fen();
            } else if (payload instanceof CollectiveSpendingRecorded e) {
                spending.add(new Spending(date, e.spendingId(), e.purpose().name(), e.note(), e.amount().toString()));
                spendingTotal += e.amount().fen();
            }
        }
        if (!replay.exists()) {
            if (!stream.isEmpty() && stream.get(0).getPayload() instanceof VillageRegistered
                    && !stream.get(0).getTimestamp().isBefore(period.end())) {
                throw new PeriodBeforeVillage(villageId,
                        EffectiveDate.recordedOn(stream.get(0).getTimestamp()));
            }
            throw new NotFound("village", villageId);
        }
        VillageView village = replay.village();
        List<ProjectLine> projects = replay.projects(period.lastDay()).stream()
                .map(project -> line(project, payments.getOrDefault(project.id(), List.of()),
                        paidAndReversed.getOrDefault(project.id(), new long[2])))
                .toList();
        return new DisclosureSheet(village.id(), village.name(), village.town(), village.county(), period.label(),
                period.firstDay(), period.lastDay(), !clock.instant().isBefore(period.end()),
                received, Amounts.format(receivedTotal), returned, Amounts.format(returnedTotal), village.available(),
                projects, income, Amounts.format(incomeTotal), spending, Amounts.format(spendingTotal),
                village.collectiveBalance(), integrity(period), closing(period));
    }

    /**
     * Money entries recorded after the period but effective within it or before (补记) belong to its sheet; the
     * village and the projects they touch must then be on it too, whenever those were registered. The key
     * {@code ""} stands for the village's own money (allocations, returns, collective account).
     */
    private static Set<String> backdatedProjects(List<? extends DomainEventMessage<?>> stream, Period period) {
        Set<String> touched = new HashSet<>();
        for (DomainEventMessage<?> event : stream) {
            Object payload = event.getPayload();
            boolean late = !event.getTimestamp().isBefore(period.end());
            if (late && EffectiveDate.of(payload, event.getTimestamp())
                    .filter(date -> !date.isAfter(period.lastDay())).isPresent()) {
                touched.add(projectOf(payload));
            }
        }
        return touched;
    }

    private static String projectOf(Object payload) {
        if (payload instanceof FundsCommitted e) {
            return e.projectId().value();
        } else if (payload instanceof FundsDisbursed e) {
            return e.projectId().value();
        } else if (payload instanceof DisbursementReversed e) {
            return e.projectId().value();
        }
        return "";
    }

    private static ProjectLine line(ProjectView project, List<Payment> payments, long[] paidAndReversed) {
        return new ProjectLine(project.id(), project.name(), project.type(), project.status(), project.budget(),
                project.committed(), Amounts.format(paidAndReversed[0]), Amounts.format(paidAndReversed[1]),
                project.disbursed(), project.held(), project.progressPercent(), List.copyOf(payments));
    }

    private IntegrityHead integrity(Period period) {
        boolean closed = !clock.instant().isBefore(period.end());
        return heads.before(period.end())
                .map(head -> new IntegrityHead(head.position(), head.hash(), head.pin(), closed && head.complete()))
                .orElse(new IntegrityHead(null, null, null, false));
    }

    /** The sheet is final once every month of its period is closed; it then shows the head pinned at close. */
    private DisclosureSheet.Closing closing(Period period) {
        Optional<PeriodView> last = periods.closing(YearMonth.from(period.lastDay()));
        return last.map(close -> new DisclosureSheet.Closing(true, close.closedWith(), close.closedAt(),
                        close.closedBy(), close.integrityHead()))
                .orElse(new DisclosureSheet.Closing(false, null, null, null, null));
    }

    private record Fund(String name, String level) {
    }

    /** The fund's name and level, from the first event of its own stream; both never change once registered. */
    private Fund fund(String fundId) {
        Fund known = funds.get(fundId);
        if (known != null) {
            return known;
        }
        DomainEventStream stream = eventStore.readEvents("fund:" + fundId, 0L);
        if (stream.hasNext() && stream.next().getPayload() instanceof FundSourceRegistered registered) {
            Fund fund = new Fund(registered.name(), registered.level().name());
            funds.put(fundId, fund);
            return fund;
        }
        return new Fund(null, null);
    }
}
