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
 * as a printable HTML page with Chinese labels, or as CSV, chosen by {@code ?format=json|html|csv} or else
 * by the {@code Accept} header.
 */
@RestController
class DisclosureController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    enum Format { JSON, HTML, CSV }

    private final DisclosureSheets sheets;
    private final DisclosurePage page;

    DisclosureController(DisclosureSheets sheets, DisclosurePage page) {
        this.sheets = sheets;
        this.page = page;
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
        };
    }

    private static Format named(String format) {
        try {
            return Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadQuery("format must be json, html or csv");
        }
    }

    /** The first of JSON, HTML and CSV that the client accepts, by quality; JSON when it accepts anything. */
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
        }
        throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON, HTML, CSV));
    }
}
