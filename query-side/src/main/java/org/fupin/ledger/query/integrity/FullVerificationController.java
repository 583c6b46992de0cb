package org.fupin.ledger.query.integrity;

import org.fupin.ledger.query.http.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;

/**
 * Administrators verify the whole chain, from its first link, as a background job: {@code POST} starts it
 * (202; 409 while one runs), {@code GET} shows its progress and, once finished, its result.
 */
@RestController
@RequestMapping("/api/admin/integrity/verification")
class FullVerificationController {

    private final FullVerificationJob job;

    FullVerificationController(FullVerificationJob job) {
        this.job = job;
    }

    @PostMapping
    ResponseEntity<FullVerificationJob.Status> start(Principal admin) {
        if (!job.start(admin.getName())) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "A full verification is already running; GET this address for its progress");
            problem.setProperty("code", "VERIFICATION_RUNNING");
            throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
        }
        return ResponseEntity.accepted().location(URI.create("/api/admin/integrity/verification"))
                .body(job.status().orElseThrow());
    }

    @GetMapping
    FullVerificationJob.Status status() {
        return job.status().orElseThrow(() -> new NotFound("verification", "full"));
    }
}
