package org.fupin.ledger.access;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A query string Tomcat cannot decode (for example {@code ?town=%ff}, not UTF-8) fails when a parameter is
 * first read, inside the app's handler; it is the client's mistake, so both apps answer 400, not 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MalformedParameters {

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail undecodable(InvalidParameterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "A query parameter is not valid UTF-8 once percent-decoded");
        problem.setProperty("code", "MALFORMED_REQUEST");
        return problem;
    }
}
