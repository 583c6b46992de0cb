package org.fupin.ledger.command.plan;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PlanFileTest {

    private static final String CSV = """
            资金编号,村编号,金额,用途,文号
            F-PROV-01,DONGGOU,120000.00,东沟村道路硬化,晋财农〔2026〕12号
            F-PROV-01,XIGOU,"1,500.5",西沟村饮水工程,晋财农〔2026〕12号
            """;

    @Test
    void readsUtf8CsvWithoutBom() {
        assertReadsTheTwoRows(PlanFile.read("plan.csv", CSV.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsUtf8CsvWithBom() {
        byte[] text = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertReadsTheTwoRows(PlanFile.read("plan.csv", withBom));
    }

    @Test
    void readsGbkCsvAsExcelOnChineseWindowsSavesIt() {
        assertReadsTheTwoRows(PlanFile.read("plan.csv", CSV.getBytes(Charset.forName("GBK"))));
    }

    @Test
    void readsXlsxWithNumericAndTextCells() {
        byte[] xlsx = PlanWorkbook.withTemplateHeaders()
                .row("F-PROV-01", "DONGGOU", 120000, "东沟村道路硬化", "晋财农〔2026〕12号")
                .row("F-PROV-01", "XIGOU", "1,500.5", "西沟村饮水工程", "晋财农〔2026〕12号")
                .bytes();
        List<PlanLine> lines = PlanFile.read("分配表.xlsx", xlsx);
        assertThat(lines.get(0).text(PlanColumn.AMOUNT)).isEqualTo("120000");
        assertReadsTheTwoRows(lines);
    }

    @Test
    void readsAnExcelFloatingPointAmountToTheFen() {
        byte[] xlsx = PlanWorkbook.rewritten(PlanWorkbook.withTemplateHeaders()
                        .row("F-PROV-01", "DONGGOU", 1234.56, "道路", "").bytes(),
                "xl/worksheets/sheet1.xml", sheet -> sheet.replace("1234.56", "1234.5599999999999"));
        assertThat(PlanFile.read("plan.xlsx", xlsx).get(0).text(PlanColumn.AMOUNT)).isEqualTo("1234.56");
    }

    @Test
    void aFormulaCellIsNotEvaluatedEvenWithACachedValue() {
        byte[] xlsx = PlanWorkbook.withTemplateHeaders()
                .row("F-PROV-01", "DONGGOU", "=1000*2", "道路", "").bytes();
        byte[] cached = PlanWorkbook.rewritten(xlsx, "xl/worksheets/sheet1.xml",
                sheet -> sheet.replace("<f>1000*2</f>", "<f>1000*2</f><v>2000</v>"));
        assertThat(new String(cached, StandardCharsets.ISO_8859_1)).isNotEqualTo(new String(xlsx, StandardCharsets.ISO_8859_1));

        PlanLine line = PlanFile.read("plan.xlsx", cached).get(0);

        assertThat(line.formulas()).containsExactly(PlanColumn.AMOUNT);
        assertThat(line.text(PlanColumn.AMOUNT)).isEmpty();
    }

    @Test
    void aCsvCellStartingWithEqualsIsAFormulaAndNotRead() {
        PlanLine line = PlanFile.read("plan.csv", """
                资金编号,村编号,金额,用途,文号
                F-PROV-01,DONGGOU,=SUM(1;2),道路,
                """.getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(line.formulas()).containsExactly(PlanColumn.AMOUNT);
        assertThat(line.text(PlanColumn.AMOUNT)).isEmpty();
    }

    @Test
    void aHiddenRowIsMarked() {
        byte[] xlsx = PlanWorkbook.withTemplateHeaders()
                .row("F-PROV-01", "DONGGOU", 100, "道路", "")
                .row("F-PROV-01", "XIGOU", 100, "饮水", "").hidingLastRow()
                .bytes();
        assertThat(PlanFile.read("plan.xlsx", xlsx)).extracting(PlanLine::hidden).containsExactly(false, true);
    }

    @Test
    void refusesAWorkbookWithAHiddenSheet() {
        byte[] xlsx = PlanWorkbook.withTemplateHeaders().row("F-PROV-01", "DONGGOU", 100, "道路", "")
                .withHiddenSheet().bytes();
        assertRefused(() -> PlanFile.read("plan.xlsx", xlsx), "HIDDEN_SHEET_REFUSED", 422);
    }

    @Test
    void refusesAMacroEnabledWorkbookByContentAndByName() {
        byte[] xlsx = PlanWorkbook.withTemplateHeaders().row("F-PROV-01", "DONGGOU", 100, "道路", "").bytes();
        assertThat(PlanFile.read("plan.xlsx", xlsx)).hasSize(1);
        assertRefused(() -> PlanFile.read("plan.xlsx", PlanWorkbook.withEntry(xlsx, "xl/vbaProject.bin")),
                "MACRO_ENABLED_FILE_REFUSED", 422);
        assertRefused(() -> PlanFile.read("plan.xlsm", xlsx), "MACRO_ENABLED_FILE_REFUSED", 422);
    }

    @Test
    void refusesALegacyXlsFile() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertRefused(() -> PlanFile.read("plan.xls", ole2), "PLAN_FORMAT_UNSUPPORTED", 400);
    }

    @Test
    void refusesAFileWithoutTheHeaders() {
        assertRefused(() -> PlanFile.read("plan.csv", "fund,village,amount\nF,V,1\n".getBytes(StandardCharsets.UTF_8)),
                "PLAN_HEADERS_INVALID", 400);
    }

    @Test
    void acceptsEnglishHeadersInAnyOrderAndSkipsBlankLines() {
        List<PlanLine> lines = PlanFile.read("plan.csv", """

                purpose,amount,village,fund,documentNumber
                道路,100,DONGGOU,F-PROV-01,
                ,,,,
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.row()).isEqualTo(3);
            assertThat(line.cells()).containsAllEntriesOf(Map.of(PlanColumn.FUND, "F-PROV-01",
                    PlanColumn.VILLAGE, "DONGGOU", PlanColumn.AMOUNT, "100", PlanColumn.PURPOSE, "道路"));
        });
    }

    @Test
    void takesFiveThousandRowsButNotOneMore() {
        assertThat(PlanFile.read("plan.csv", csvOf(PlanFile.ROW_LIMIT))).hasSize(PlanFile.ROW_LIMIT);
        assertRefused(() -> PlanFile.read("plan.csv", csvOf(PlanFile.ROW_LIMIT + 1)), "PLAN_TOO_MANY_ROWS", 422);
    }

    @Test
    void refusesAPlanWithoutRows() {
        assertRefused(() -> PlanFile.read("plan.csv", "资金编号,村编号,金额,用途,文号\n".getBytes(StandardCharsets.UTF_8)),
                "PLAN_EMPTY", 422);
        assertRefused(() -> PlanFile.read("plan.csv", new byte[0]), "PLAN_EMPTY", 422);
    }

    private static byte[] csvOf(int rows) {
        StringBuilder csv = new StringBuilder("资金编号,村编号,金额,用途,文号\n");
        for (int i = 0; i < rows; i++) {
            csv.append("F,V-").append(i).append(",1.00,用途,\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void assertReadsTheTwoRows(List<PlanLine> lines) {
        assertThat(lines).hasSize(2);
        PlanLine first = lines.get(0);
        assertThat(first.row()).isEqualTo(2);
        assertThat(first.text(PlanColumn.FUND)).isEqualTo("F-PROV-01");
        assertThat(first.text(PlanColumn.VILLAGE)).isEqualTo("DONGGOU");
        assertThat(first.text(PlanColumn.PURPOSE)).isEqualTo("东沟村道路硬化");
        assertThat(first.text(PlanColumn.DOCUMENT_NUMBER)).isEqualTo("晋财农〔2026〕12号");
        assertThat(lines.get(1).text(PlanColumn.AMOUNT)).isEqualTo("1,500.5");
        assertThat(lines.get(1).text(PlanColumn.PURPOSE)).isEqualTo("西沟村饮水工程");
        assertThat(lines).allSatisfy(line -> assertThat(line.formulas()).isEmpty());
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable read, String code,
                                      int status) {
        assertThatThrownBy(read).isInstanceOf(PlanRefused.class);
        PlanRefused refused = catchThrowableOfType(PlanRefused.class, read);
        assertThat(refused.code()).isEqualTo(code);
        assertThat(refused.status().value()).isEqualTo(status);
    }
}
