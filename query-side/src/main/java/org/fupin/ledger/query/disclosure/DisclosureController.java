package org.fupin.ledger.query.disclosure;

import org.fupin.ledger.query.http.BadQuery;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/villages/{id}/disclosure?period=2026-Q3} (or {@code 2026-09}): the public notice as JSON,
 * as a printable HTML page with Chinese labels, as CSV, or as the A4 PDF notice with its QR code, chosen by
 * {@code ?format=json|html|csv|pdf} or else by the {@code Accept} header.
 */
@RestController
class DisclosureController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    enum Format { JSON, HTML, CSV, PDF }

    private final DisclosureSheets sheets;
    private final DisclosurePage page;
    private final DisclosureNotice notice;

    DisclosureController(DisclosureSheets sheets, DisclosurePage page, DisclosureNotice notice) {
        this.sheets = sheets;
        this.page = page;
        this.notice = notice;
    }

    @GetMapping("/api/villages/{id}/disclosure")
    ResponseEntity<?> disclosure(@PathVariable String id, @RequestParam String period,
                                 @RequestParam(required = false) String format,
                                 @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
            throws HttpMediaTypeNotAcceptableException {
        Format chosen = format == null ? negotiate(accept) : named(format);
        DisclosureSheet sheet = sheets.sheet(id, Period.parse(period));
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return switch (chosen) {
            case JSON -> ok.contentType(MediaType.APPLICATION_JSON).body(sheet);
            case HTML -> ok.contentType(HTML).body(page.render(sheet));
            case CSV -> ok.contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                            .filename("disclosure-" + sheet.villageId() + "-" + sheet.period() + ".csv").build()
                            .toString())
                    .body(DisclosureCsv.write(sheet));
            case PDF -> ok.contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                            .filename("disclosure-" + sheet.villageId() + "-" + sheet.period() + ".pdf").build()
                            .toString())
                    .body(notice.pdf(sheet));
        };
    }

    private static Format named(String format) {
        try {
            return Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadQuery("format must be json, html, csv or pdf");
        }
    }

    /** The first of JSON, HTML, CSV and PDF that the client accepts, by quality; JSON when it accepts anything. */
    private static Format negotiate(String accept) throws HttpMediaTypeNotAcceptableException {
        if (accept == null || accept.isBlank()) {
            return Format.JSON;
        }
        List<MediaType> wanted;
        try {
            wanted = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            throw new BadQuery("Accept must be a list of media types, like text/html or text/csv");
        }
        wanted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : wanted) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return Format.JSON;
            }
            if (type.isCompatibleWith(MediaType.TEXT_HTML)) {
                return Format.HTML;
            }
            if (type.isCompatibleWith(CSV)) {
                return Format.CSV;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_PDF)) {
                return Format.PDF;
            }
        }
        throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON, HTML, CSV, MediaType.APPLICATION_PDF));
    }
}
