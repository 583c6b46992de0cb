package org.fupin.ledger.query.spreadsheet;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.fupin.ledger.query.LedgerHttp;
import org.fupin.ledger.query.QuerySideTest;
import org.fupin.ledger.query.StoredEvents;
import org.fupin.ledger.query.VillageStory;
import org.fupin.ledger.shared.FundId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupin.ledger.query.LedgerHttp.getAs;

/**
 * The console's tables as workbooks: read back with fastexcel-reader, every amount a number formatted
 * {@code #,##0.00} equal to what the same endpoint answers as JSON, under a Chinese title and file name.
 */
@QuerySideTest
class XlsxExportIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    StoredEvents events;
    @Autowired
    WebApplicationContext context;

    private MockMvc http;
    private VillageStory story;
    private FundId fund;

    @BeforeEach
    void aVillageThatReceivedAndReturnedMoney() throws InterruptedException {
        http = LedgerHttp.of(context);
        story = VillageStory.of(events);
        fund = story.fund("1000000.00");
        story.allocate(fund, "300000.00").allocate(fund, "1234.56").giveBack(fund, "20000.00");
        events.awaitProjections();
    }

    @Test
    void villageMoneyByAcceptHeaderHasNumericAmountsEqualToTheJson() throws Exception {
        JsonNode village = json("/api/villages/" + story.village().value());
        MockHttpServletResponse response = http.perform(getAs("finance", "/api/villages/{id}", story.village().value())
                .accept(XlsxDownloads.XLSX)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(XlsxDownloads.XLSX_VALUE);
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment; filename=\"")
                .contains("filename*=UTF-8''%E4%B8%9C%E6%B2%9F%E6%9D%91_%E8%B5%84%E9%87%91%E6%98%8E%E7%BB%86_")
                .endsWith(".xlsx");
        try (ReadableWorkbook workbook = read(response)) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("村级资金汇总", "分资金来源明细");
            List<Row> totals = sheets.get(0).read();
            assertThat(text(totals.get(0), 0)).startsWith("村级资金汇总（制表时间：").endsWith("北京时间）");
            assertThat(text(totals.get(1), 1)).isEqualTo("村名");
            assertThat(text(totals.get(2), 1)).isEqualTo("东沟村");
            assertMoney(totals.get(2).getCell(3), village.get("received").asString());
            assertMoney(totals.get(2).getCell(7), village.get("available").asString());
            List<Row> byFund = sheets.get(1).read();
            assertThat(text(byFund.get(2), 3)).isEqualTo("省级财政专项扶贫资金");
            assertMoney(byFund.get(2).getCell(8), village.get("byFund").get(0).get("available").asString());
        }
    }

    @Test
    void theTrialBalanceByFormatParameter() throws Exception {
        JsonNode balance = json("/api/reports/trial-balance");
        MockHttpServletResponse response = http.perform(getAs("inspector", "/api/reports/trial-balance?format=xlsx"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        try (ReadableWorkbook workbook = read(response)) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(text(rows.get(2), 0)).isEqualTo("资金总额");
            assertMoney(rows.get(2).getCell(1), balance.get("fundsTotal").asString());
        }
    }

    @Test
    void aFundsAllocationsReturnsAndTraceEachOnASheet() throws Exception {
        JsonNode allocations = json("/api/funds/" + fund.value() + "/allocations");
        assertThat(allocations.get("allocations")).hasSize(2);
        assertThat(allocations.get("allocations").get(1).get("villageName").asString()).isEqualTo("东沟村");
        assertThat(allocations.get("allocations").get(1).get("amount").asString()).isEqualTo("1234.56");
        assertThat(allocations.get("returns").get(0).get("reason").asString()).isEqualTo("结余退回");

        MockHttpServletResponse response = http.perform(getAs("finance", "/api/funds/{id}/trace", fund.value())
                .accept(XlsxDownloads.XLSX)).andReturn().getResponse();
        try (ReadableWorkbook workbook = read(response)) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName)
                    .containsExactly("省级财政专项扶贫资金 资金去向", "省级财政专项扶贫资金 拨付明细", "省级财政专项扶贫资金 退回明细");
            List<Row> allocated = sheets.get(1).read();
            assertThat(text(allocated.get(3), 2)).isEqualTo("东沟村");
            assertMoney(allocated.get(3).getCell(3), "1234.56");
            assertMoney(allocated.get(4).getCell(3), allocations.get("allocatedTotal").asString());
            List<Row> returned = sheets.get(2).read();
            assertMoney(returned.get(2).getCell(3), "20000.00");
        }
    }

    @Test
    void anUnknownVillageIsAProblemNotAWorkbook() throws Exception {
        MockHttpServletResponse response = http.perform(getAs("finance", "/api/villages/no-such-village")
                .accept(XlsxDownloads.XLSX)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString()).contains("VILLAGE_NOT_FOUND");
    }

    @Test
    void theAsciiFallbackKeepsTheNamesAsciiPart() {
        assertThat(XlsxDownloads.attachment("东沟村_资金明细_2026-11-24.xlsx"))
                .isEqualTo("attachment; filename=\"ledger_2026-11-24.xlsx\"; filename*=UTF-8''"
                        + "%E4%B8%9C%E6%B2%9F%E6%9D%91_%E8%B5%84%E9%87%91%E6%98%8E%E7%BB%86_2026-11-24.xlsx");
    }

    private JsonNode json(String path) throws Exception {
        MockHttpServletResponse response = http.perform(getAs("finance", path).accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return JSON.readTree(response.getContentAsByteArray());
    }

    private static ReadableWorkbook read(MockHttpServletResponse response) throws Exception {
        return new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()),
                new ReadingOptions(true, false));
    }

    private static String text(Row row, int column) {
        return row.getCellText(column);
    }

    private static void assertMoney(Cell cell, String expected) {
        assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
        assertThat(cell.asNumber()).isEqualByComparingTo(new BigDecimal(expected));
        assertThat(cell.getDataFormatString()).isEqualTo("#,##0.00");
    }
}
