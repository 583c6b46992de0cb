package org.fupin.ledger.command.plan;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

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
        return plans.preview(file.getOriginalFilename(), file.getBytes());
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
