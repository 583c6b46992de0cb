package org.fupin.ledger.console.export;

import org.fupin.ledger.console.api.LedgerApi;
import org.fupin.ledger.console.publication.DisclosurePeriod;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Optional;

/**
 * The download buttons: each asks the query side for the workbook of the table its page shows (or the PDF
 * notice) as the signed-in user, so the API's role rules apply, and streams it on with the API's file name.
 */
@Controller
class Downloads {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final LedgerApi api;

    Downloads(LedgerApi api) {
        this.api = api;
    }

    @GetMapping("/board/export")
    ResponseEntity<byte[]> board() {
        return passOn(api.download("/api/reports/projects", XLSX));
    }

    @GetMapping("/overview/trial-balance/export")
    ResponseEntity<byte[]> trialBalance() {
        return passOn(api.download("/api/reports/trial-balance", XLSX));
    }

    @GetMapping("/export/villages")
    ResponseEntity<byte[]> villages() {
        return passOn(api.download("/api/villages", XLSX));
    }

    @GetMapping("/villages/{id}/export")
    ResponseEntity<byte[]> village(@PathVariable String id) {
        return passOn(api.download("/api/villages/{id}", XLSX, id));
    }

    @GetMapping("/villages/{id}/collective/export")
    ResponseEntity<byte[]> collective(@PathVariable String id) {
        return passOn(api.download("/api/villages/{id}/collective", XLSX, id));
    }

    /** The timeline over the range the page is filtered to. */
    @GetMapping("/villages/{id}/history/export")
    ResponseEntity<byte[]> history(@PathVariable String id, @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to) {
        String path = UriComponentsBuilder.fromPath("/api/villages/{id}/history")
                .queryParamIfPresent("from", Optional.ofNullable(blankToNull(from)))
                .queryParamIfPresent("to", Optional.ofNullable(blankToNull(to))).build().toUriString();
        return passOn(api.download(path, XLSX, id));
    }

    @GetMapping("/funds/{id}/export")
    ResponseEntity<byte[]> fund(@PathVariable String id) {
        return passOn(api.download("/api/funds/{id}/trace", XLSX, id));
    }

    /** The notice to print (A4 PDF with its QR code), of the current quarter unless a period is named. */
    @GetMapping("/villages/{id}/disclosure/print")
    ResponseEntity<byte[]> notice(@PathVariable String id, @RequestParam(required = false) String period) {
        return passOn(api.download("/api/villages/{id}/disclosure?period={period}&format=pdf",
                MediaType.APPLICATION_PDF, id, DisclosurePeriod.orCurrentQuarter(period)));
    }

    private static ResponseEntity<byte[]> passOn(ResponseEntity<byte[]> file) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(file.getHeaders().getContentType());
        String disposition = file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition != null) {
            answer.header(HttpHeaders.CONTENT_DISPOSITION, disposition);
        }
        return answer.body(file.getBody());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
