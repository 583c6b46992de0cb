package org.fupin.ledger.command.warning;

import jakarta.servlet.http.HttpServletRequest;
import org.fupin.ledger.command.http.CommandSender;
import org.fupin.ledger.command.http.InvalidRequest;
import org.fupin.ledger.command.http.RequestFields;
import org.fupin.ledger.shared.warning.WarningId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.fupin.ledger.command.http.RequestFields.TEXT_LIMIT;

/** Inspectors acknowledge early warnings, with a note. */
@RestController
class WarningController {

    private final CommandSender commands;

    WarningController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/warnings/{warningId}/acknowledgement")
    ResponseEntity<Map<String, String>> acknowledge(@PathVariable String warningId, @RequestBody JsonNode body,
                                                    HttpServletRequest request) {
        if (!WarningId.isValid(warningId)) {
            throw InvalidRequest.of("warningId", "must be a rule name, a dash and 16 hex digits");
        }
        RequestFields fields = RequestFields.of(body);
        AcknowledgeWarning command = new AcknowledgeWarning(WarningId.of(warningId), fields.text("note", TEXT_LIMIT));
        fields.validate();
        return commands.send(command, request, body,
                () -> ResponseEntity.ok(Map.of("id", warningId, "status", "ACKNOWLEDGED")));
    }
}
