package org.fupin.ledger.query.disclosure;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fupin.ledger.query.LedgerHttp;
import org.fupin.ledger.query.QuerySideTest;
import org.fupin.ledger.query.StoredEvents;
import org.fupin.ledger.query.VillageStory;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.ProjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.fupin.ledger.query.LedgerHttp.getAs;
import static org.fupin.ledger.query.VillageStory.from;

/**
 * The printed notice: an A4 PDF whose text carries the sheet's figures, whose Chinese font is embedded, and
 * whose QR code (at its end) decodes to the notice's public page. Its first page is also rendered to
 * {@code target/disclosure-notice.png} (the README's picture comes from there).
 */
@QuerySideTest
class DisclosureNoticeIT {

    @Autowired
    StoredEvents events;
    @Autowired
    DisclosureSheets sheets;
    @Autowired
    WebApplicationContext context;
    @Autowired
    Clock clock;

    @Test
    void anA4NoticeWithTheFiguresTheEmbeddedFontAndAQrCodeOfItsPublicPage() throws Exception {
        VillageStory story = VillageStory.of(events);
        FundId fund = story.fund("1000000.00");
        story.allocate(fund, "150000.00").giveBack(fund, "10000.00");
        ProjectId road = story.project("180000.00", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31));
        story.start(road, LocalDate.of(2026, 3, 5)).commit(road, from(fund, "120000.00"));
        story.pay(road, from(fund, "45678.90"));
        events.awaitProjections();
        LocalDate today = LocalDate.now(clock);
        String period = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        DisclosureSheet sheet = sheets.sheet(story.village().value(), Period.parse(period));

        MockMvc http = LedgerHttp.of(context);
        MockHttpServletResponse response = http.perform(getAs("inspector", "/api/villages/{id}/disclosure",
                story.village().value()).param("period", period).param("format", "pdf")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            PDPage first = pdf.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("东沟村村务公开", sheet.fundsReceivedTotal(), sheet.fundsReturnedTotal(),
                    sheet.fundsAvailableAtEnd(), "45678.90", "通村路硬化");
            if (sheet.integrity().hash() != null) {
                assertThat(text).contains(sheet.integrity().hash());
            }
            assertThat(fonts(pdf)).anySatisfy(font -> assertThat(font.getName()).contains("DroidSansFallback"));
            assertThat(fonts(pdf)).allSatisfy(font -> {
                assertThat(font.getName()).containsAnyOf("DroidSansFallback", "DejaVuSans");
                assertThat(font.isEmbedded()).as("%s is embedded", font.getName()).isTrue();
            });

            PDFRenderer renderer = new PDFRenderer(pdf);
            ImageIO.write(renderer.renderImageWithDPI(0, 150), "png", new File("target/disclosure-notice.png"));
            // The QR code closes the notice: on its last page.
            BufferedImage last = renderer.renderImageWithDPI(pdf.getNumberOfPages() - 1, 150);
            String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(last)))).getText();
            assertThat(decoded).isEqualTo("http://localhost:8082/public/villages/" + story.village().value()
                    + "/disclosure?period=" + period);
        }
    }

    private static List<PDFont> fonts(PDDocument pdf) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }
}
