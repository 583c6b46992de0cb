package org.fupin.ledger.query.disclosure;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

/**
 * The disclosure notice as a printable A4 PDF for the village board: the sheet's page with its fonts embedded
 * (Droid Sans Fallback for Chinese, DejaVu Sans for Latin letters and digits, which the former lacks), so it
 * prints the same everywhere, the integrity head at the period's end, and a QR code of the
 * notice's public page ({@code ledger.public-base-url}), where anyone can check that head without signing in.
 */
@Component
class DisclosureNotice {

    /** Font files (resources) by family: Latin letters and digits first, then Chinese. */
    private static final Map<String, String> FONTS = Map.of(
            "DejaVu Sans", "/fonts/DejaVuSans.ttf",
            "Droid Sans Fallback", "/fonts/DroidSansFallbackFull.ttf");

    private static final int QR_PIXELS = 240;

    private final DisclosurePage page;
    private final String publicBaseUrl;

    DisclosureNotice(DisclosurePage page,
                     @Value("${ledger.public-base-url:http://localhost:8082}") String publicBaseUrl) {
        this.page = page;
        this.publicBaseUrl = publicBaseUrl;
    }

    /** Where the notice can be read and checked without signing in, e.g. {@code …/public/villages/V1/disclosure?period=2026-Q4}. */
    String publicUrl(DisclosureSheet sheet) {
        return UriComponentsBuilder.fromUriString(publicBaseUrl).path("/public/villages/{id}/disclosure")
                .queryParam("period", sheet.period()).buildAndExpand(sheet.villageId()).encode().toUriString();
    }

    byte[] pdf(DisclosureSheet sheet) {
        String url = publicUrl(sheet);
        String xhtml = page.renderForPrint(sheet, "data:image/png;base64," + qrCode(url), url);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // One face for all text: headings and table heads ask for bold, which would otherwise fall back to
            // a built-in Latin font without Chinese glyphs.
            FONTS.forEach((family, file) -> {
                for (int weight : new int[]{400, 700}) {
                    builder.useFont(() -> DisclosureNotice.class.getResourceAsStream(file), family, weight,
                            BaseRendererBuilder.FontStyle.NORMAL, true);
                }
            });
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    /** The QR code of {@code text} as a base64 PNG, black on white with a quiet zone of two modules. */
    private static String qrCode(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, QR_PIXELS, QR_PIXELS,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(),
                    BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalStateException("The public page's address does not fit a QR code: " + text, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
