package org.fupin.ledger.eventstore.deadletter;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Administrators' view of the events this app's processors parked: list them, retry a sequence now, or
 * evict it. Each app's access rules keep {@code /api/admin/**} for the ADMIN role.
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    List<DeadLetters.Letter> list() {
        return deadLetters.list();
    }

    @PostMapping("/{processor}/{sequence}/retry")
    DeadLetters.Retry retry(@PathVariable String processor, @PathVariable String sequence) {
        return deadLetters.retry(processor, sequence).orElseThrow(() -> notFound(processor, sequence));
    }

    @PostMapping("/{processor}/{sequence}/evict")
    DeadLetters.Eviction evict(@PathVariable String processor, @PathVariable String sequence) {
        return deadLetters.evict(processor, sequence).orElseThrow(() -> notFound(processor, sequence));
    }

    private ErrorResponseException notFound(String processor, String sequence) {
        boolean known = deadLetters.knows(processor);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, known
                ? "No dead letters of processor '" + processor + "' in sequence '" + sequence + "'"
                : "No processor '" + processor + "' with dead letters; processors: " + deadLetters.processingGroups());
        problem.setProperty("code", known ? "DEAD_LETTER_SEQUENCE_NOT_FOUND" : "PROCESSOR_NOT_FOUND");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
