package org.fupin.ledger.query.report;

import org.fupin.ledger.query.Amounts;
import org.fupin.ledger.query.position.FundPosition;
import org.fupin.ledger.shared.project.ProjectStatus;
import org.fupin.ledger.query.spreadsheet.Spreadsheet;
import org.fupin.ledger.query.spreadsheet.XlsxDownloads;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The status board township officials read: every village's projects by type and status. */
@RestController
class ProjectBoardController {

    /** One count column per status, e.g. {@code COUNT(*) FILTER (WHERE p.status = 'PROPOSED') AS "PROPOSED"}. */
    private static final String COUNTS = Arrays.stream(ProjectStatus.values())
            .map(status -> "COUNT(*) FILTER (WHERE p.status = '" + status + "') AS \"" + status + "\"")
            .collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final XlsxDownloads xlsx;

    ProjectBoardController(JdbcClient jdbc, XlsxDownloads xlsx) {
        this.jdbc = jdbc;
        this.xlsx = xlsx;
    }

    @GetMapping("/api/reports/projects")
    ProjectBoard board(@RequestParam(required = false) String town) {
        Map<String, ProjectBoard.VillageRow> villages = new LinkedHashMap<>();
        jdbc.sql("SELECT v.village_id, v.name, v.town, p.type, " + COUNTS + """
                        , SUM(p.budget) AS budget, SUM(p.committed) AS committed,
                               SUM(p.released) AS released, SUM(p.disbursed) AS disbursed
                        FROM village_view v JOIN project_view p ON p.village_id = v.village_id
                        WHERE CAST(? AS TEXT) IS NULL OR v.town = ?
                        GROUP BY v.village_id, v.name, v.town, p.type
                        ORDER BY v.village_id, p.type""")
                .params(town, town)
                .query((ResultSet row) -> {
                    ProjectBoard.VillageRow village = villages.get(row.getString("village_id"));
                    if (village == null) {
                        village = new ProjectBoard.VillageRow(row.getString("village_id"), row.getString("name"),
                                row.getString("town"), new ArrayList<>());
                        villages.put(village.villageId(), village);
                    }
                    FundPosition money = FundPosition.ofProject(row.getLong("committed"), row.getLong("released"),
                            row.getLong("disbursed"));
                    village.byType().add(new ProjectBoard.TypeRow(row.getString("type"), counts(row),
                            Amounts.format(row.getLong("budget")), Amounts.format(money.netCommitted()),
                            Amounts.format(money.disbursed())));
                });
        return new ProjectBoard(town, List.copyOf(villages.values()));
    }

    @GetMapping(path = "/api/reports/projects", produces = XlsxDownloads.XLSX_VALUE)
    ResponseEntity<byte[]> boardWorkbook(@RequestParam(required = false) String town) {
        return xlsx.download(Spreadsheet.of(town == null ? "项目进度一览" : town + "_项目进度一览",
                ReportWorkbook.board(board(town))));
    }

    private static Map<String, Integer> counts(ResultSet row) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ProjectStatus status : ProjectStatus.values()) {
            counts.put(status.name(), row.getInt(status.name()));
        }
        return counts;
    }
}
