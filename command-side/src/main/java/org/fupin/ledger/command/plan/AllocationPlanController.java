package org.fupin.ledger.command.plan;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Finance officers upload an allocation plan (multipart part {@code file}) and get its preview, then confirm
 * it by its {@code planId}. Refusals of a whole plan answer {@code application/problem+json} with a stable
 * code; per-row errors are part of the preview.
 */
@RestController
@RequestMapping("/api/funds/allocation-plans")
class AllocationPlanController {

    private final AllocationPlans plans;

    AllocationPlanController(AllocationPlans plans) {
        this.plans = plans;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PlanPreview upload(@RequestParam("file") MultipartFile file) throws IOException {
        if (file.getSize() > PlanFile.SIZE_LIMIT) {
            throw new PlanRefused(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", "文件超过 10 MB，请拆分后分别上传");
        }
        return plans.preview(file.getOriginalFilename(), file.getBytes());
    }

    /**
     * The template: the header row, in UTF-8 with a byte order mark so that Excel on Chinese Windows opens it
     * as Chinese.
     */
    @GetMapping(value = "/template.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<byte[]> template() {
        byte[] header = ("\uFEFF" + String.join(",", PlanColumn.TEMPLATE_HEADERS) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("资金分配表模板.csv", StandardCharsets.UTF_8).build().toString()).body(header);
    }

    @PostMapping("/{planId}/confirmation")
    PlanConfirmation confirm(@PathVariable String planId, HttpServletRequest request) {
        if (!planId.matches("[0-9a-f]{64}")) {
            throw new PlanRefused(HttpStatus.NOT_FOUND, "PLAN_NOT_FOUND", "没有这张分配表，或已过期：请重新上传");
        }
        return plans.confirm(planId, request);
    }

    @ExceptionHandler(PlanRefused.class)
    ProblemDetail refused(PlanRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setProperty("code", e.code());
        e.properties().forEach(problem::setProperty);
        return problem;
    }
}
