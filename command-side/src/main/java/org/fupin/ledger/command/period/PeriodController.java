package org.fupin.ledger.command.period;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fupin.ledger.command.http.CommandSender;
import org.fupin.ledger.command.http.InvalidRequest;
import org.fupin.ledger.command.http.RequestFields;
import org.fupin.ledger.shared.EventMetadata;
import org.fupin.ledger.shared.period.PeriodClosed;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import static org.fupin.ledger.command.http.RequestFields.TEXT_LIMIT;

/**
 * Finance officers close a month's books: {@code POST /api/periods/{yyyy-MM}/close {note}} answers
 * {@code {period, closedAt, closedBy, integrityHead}}, the head being the hash chain's link of the close event
 * as the query side sealed it ({@link ClosingHeads}).
 */
@RestController
@RequestMapping("/api/periods")
class PeriodController {

    private final CommandSender commands;
    private final EventStore eventStore;
    private final ClosingHeads heads;

    PeriodController(CommandSender commands, EventStore eventStore, ClosingHeads heads) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.heads = heads;
    }

    @PostMapping("/{period}/close")
    ResponseEntity<Map<String, Object>> close(@PathVariable String period, @RequestBody JsonNode body,
                                              HttpServletRequest request) {
        YearMonth month = month(period);
        RequestFields fields = RequestFields.of(body);
        String note = fields.optionalText("note", TEXT_LIMIT);
        fields.validate();
        return commands.send(new ClosePeriod(PeriodCalendar.LEDGER, month, note), request, body,
                () -> ResponseEntity.ok(closing(month, request.getHeader(HttpHeaders.AUTHORIZATION))));
    }

    private Map<String, Object> closing(YearMonth month, String authorization) {
        DomainEventMessage<?> closed = eventStore.readEvents(PeriodCalendar.LEDGER).asStream()
                .filter(event -> event.getPayload() instanceof PeriodClosed c && c.period().equals(month.toString()))
                .findFirst().orElseThrow();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("period", month.toString());
        answer.put("closedAt", closed.getTimestamp().toString());
        answer.put("closedBy", Objects.toString(closed.getMetaData().get(EventMetadata.ACTOR), null));
        answer.put("integrityHead", heads.headOf(month, authorization).orElse(null));
        return answer;
    }

    private static YearMonth month(String period) {
        if (period.matches("[0-9]{4}-[0-9]{2}")) {
            try {
                return YearMonth.parse(period);
            } catch (DateTimeParseException e) {
                // refused below
            }
        }
        throw InvalidRequest.of("period", "must be a month like 2026-09");
    }
}
