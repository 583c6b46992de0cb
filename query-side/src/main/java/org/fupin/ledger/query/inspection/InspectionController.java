package org.fupin.ledger.query.inspection;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.fupin.ledger.query.http.BadQuery;
import org.fupin.ledger.query.http.NotFound;
import org.fupin.ledger.query.project.ProjectView;
import org.fupin.ledger.query.village.VillageView;
import org.fupin.ledger.query.spreadsheet.SheetTable;
import org.fupin.ledger.query.spreadsheet.Spreadsheet;
import org.fupin.ledger.query.spreadsheet.XlsxDownloads;
import org.fupin.ledger.shared.village.VillageRegistered;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What inspectors ask of a village's past: its history, its state at a moment, and what changed. */
@RestController
class InspectionController {

    private static final int MAX_PAGE_SIZE = 500;

    private final VillageHistory history;
    private final XlsxDownloads xlsx;

    InspectionController(VillageHistory history, XlsxDownloads xlsx) {
        this.history = history;
        this.xlsx = xlsx;
    }

    /** Every event that touched the village, oldest first, optionally within {@code [from, to]}. */
    @GetMapping("/api/villages/{id}/history")
    HistoryPage history(@PathVariable String id, @RequestParam(required = false) String from,
                        @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadQuery("page must be 0 or more and size from 1 to " + MAX_PAGE_SIZE);
        }
        return page(id, from, to, page, size);
    }

    /** The whole history within {@code [from, to]} as a workbook (no paging), named after the village. */
    @GetMapping(path = "/api/villages/{id}/history", produces = XlsxDownloads.XLSX_VALUE)
    ResponseEntity<byte[]> historyWorkbook(@PathVariable String id, @RequestParam(required = false) String from,
                                           @RequestParam(required = false) String to) {
        HistoryPage all = page(id, from, to, 0, Integer.MAX_VALUE);
        String village = history.stream(id).next().getPayload() instanceof VillageRegistered registered
                ? registered.name() : id;
        String range = (from == null ? "" : from) + (from == null && to == null ? "全部" : "至") + (to == null ? "" : to);
        SheetTable table = SheetTable.titled(village + " 历史记录（" + range + "）").column("序号", SheetTable.Kind.NUMBER)
                .column("记录时间", SheetTable.Kind.DATE_TIME).text("事件").text("记录人").text("角色").text("摘要");
        for (HistoryEntry entry : all.entries()) {
            table.row(entry.position(), entry.timestamp(), entry.type(), entry.actor(), entry.role(), entry.summary());
        }
        return xlsx.download(Spreadsheet.of(village + "_历史记录", table));
    }

    private HistoryPage page(String id, String from, String to, int page, int size) {
        Instant start = from == null ? Instant.MIN : startOf(from);
        AsOf end = to == null ? null : AsOf.parse("to", to);
        DomainEventStream stream = history.stream(id);
        if (!stream.hasNext()) {
            throw new NotFound("village", id);
        }
        List<HistoryEntry> entries = new ArrayList<>();
        long matching = 0;
        long skip = (long) page * size;
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (end != null && !end.includes(event.getTimestamp())) {
                break;
            }
            if (event.getTimestamp().isBefore(start)) {
                continue;
            }
            if (matching >= skip && entries.size() < size) {
                entries.add(VillageHistory.entry(event));
            }
            matching++;
        }
        return new HistoryPage(id, page, size, matching, entries);
    }

    /** Both states of the village and what changed between them: money per fund, project status, progress. */
    @GetMapping("/api/villages/{id}/compare")
    Comparison compare(@PathVariable String id, @RequestParam String from, @RequestParam String to) {
        AsOf start = AsOf.parse("from", from);
        AsOf end = AsOf.parse("to", to);
        if (end.end().isBefore(start.end())) {
            throw new BadQuery("to must not be before from");
        }
        VillageReplay before = VillageReplay.of(history.stream(id), start);
        VillageReplay after = history.replay(id, end);
        VillageView afterVillage = after.village();
        VillageView beforeVillage = before.exists() ? before.village() : null;
        List<ProjectView> beforeProjects = before.exists() ? before.projects(start.day()) : List.of();
        List<ProjectView> afterProjects = after.projects(end.day());
        return new Comparison(new State(beforeVillage, beforeProjects), new State(afterVillage, afterProjects),
                fundChanges(beforeVillage, afterVillage), projectChanges(beforeProjects, afterProjects));
    }

    private static List<FundChange> fundChanges(VillageView before, VillageView after) {
        Map<String, VillageView.FundMoney> old = before == null ? Map.of()
                : before.byFund().stream().collect(Collectors.toMap(VillageView.FundMoney::fundId, Function.identity()));
        List<FundChange> changes = new ArrayList<>();
        for (VillageView.FundMoney now : after.byFund()) {
            VillageView.FundMoney was = old.get(now.fundId());
            String availableBefore = was == null ? "0.00" : was.available();
            String committedBefore = was == null ? "0.00" : was.committed();
            String disbursedBefore = was == null ? "0.00" : was.disbursed();
            if (!availableBefore.equals(now.available()) || !committedBefore.equals(now.committed())
                    || !disbursedBefore.equals(now.disbursed())) {
                changes.add(new FundChange(now.fundId(), availableBefore, now.available(), committedBefore,
                        now.committed(), disbursedBefore, now.disbursed()));
            }
        }
        return changes;
    }

    private static List<ProjectChange> projectChanges(List<ProjectView> before, List<ProjectView> after) {
        Map<String, ProjectView> old = new LinkedHashMap<>();
        before.forEach(project -> old.put(project.id(), project));
        List<ProjectChange> changes = new ArrayList<>();
        for (ProjectView now : after) {
            ProjectView was = old.get(now.id());
            String statusBefore = was == null ? null : was.status();
            Integer progressBefore = was == null ? null : was.progressPercent();
            if (!Objects.equals(statusBefore, now.status()) || !Objects.equals(progressBefore, now.progressPercent())
                    || was == null || !was.held().equals(now.held()) || !was.disbursed().equals(now.disbursed())) {
                changes.add(new ProjectChange(now.id(), statusBefore, now.status(), progressBefore,
                        now.progressPercent(), was == null ? "0.00" : was.disbursed(), now.disbursed()));
            }
        }
        return changes;
    }

    private static Instant startOf(String from) {
        AsOf asOf = AsOf.parse("from", from);
        return from.length() == 10 ? asOf.day().atStartOfDay(AsOf.LEDGER_ZONE).toInstant() : asOf.end().minusNanos(1);
    }

    record HistoryPage(String villageId, int page, int size, long total, List<HistoryEntry> entries) {
    }

    record State(VillageView village, List<ProjectView> projects) {
    }

    record FundChange(String fundId, String availableBefore, String availableAfter, String committedBefore,
                      String committedAfter, String disbursedBefore, String disbursedAfter) {
    }

    record ProjectChange(String projectId, String statusBefore, String statusAfter, Integer progressBefore,
                         int progressAfter, String disbursedBefore, String disbursedAfter) {
    }

    record Comparison(State from, State to, List<FundChange> funds, List<ProjectChange> projects) {
    }
}
