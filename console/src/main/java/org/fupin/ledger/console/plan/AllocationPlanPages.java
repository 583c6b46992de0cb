package org.fupin.ledger.console.plan;

import org.fupin.ledger.console.api.ApiProblem;
import org.fupin.ledger.console.api.LedgerApi;
import org.fupin.ledger.console.web.FormOutcome;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A finance officer uploads an allocation plan, sees the command side's preview (every row, with its errors
 * in Chinese), and confirms it; then follows links to the villages' money.
 */
@Controller
class AllocationPlanPages {

    private static final String API = "/api/funds/allocation-plans";

    private final LedgerApi api;
    private final ObjectMapper json;

    AllocationPlanPages(LedgerApi api, ObjectMapper json) {
        this.api = api;
        this.json = json;
    }

    @GetMapping("/funds/allocation-plans")
    String uploadPage(Model model) {
        FormOutcome.fresh(model);
        return "plan/upload";
    }

    @PostMapping("/funds/allocation-plans")
    String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        try {
            model.addAttribute("preview", api.upload(API, file.getOriginalFilename(), file.getBytes(),
                    PlanPreviewView.class));
            model.addAttribute("fileName", file.getOriginalFilename());
            FormOutcome.fresh(model);
            return "plan/preview";
        } catch (ApiProblem refused) {
            FormOutcome.refused(model, refused);
            FormOutcome.fresh(model);
            return "plan/upload";
        }
    }

    @PostMapping("/funds/allocation-plans/{planId}/confirmation")
    String confirm(@PathVariable String planId, @RequestParam String idempotencyKey, Model model) {
        try {
            model.addAttribute("confirmation", json.treeToValue(api.send(API + "/{planId}/confirmation",
                    Map.of(), idempotencyKey, planId), PlanConfirmationView.class));
            return "plan/confirmed";
        } catch (ApiProblem refused) {
            FormOutcome.refused(model, refused);
            FormOutcome.fresh(model);
            return "plan/upload";
        }
    }

    @GetMapping("/funds/allocation-plans/template.csv")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("资金分配表模板.csv", StandardCharsets.UTF_8).build().toString())
                .body(api.download(API + "/template.csv"));
    }
}
