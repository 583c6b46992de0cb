package org.fupin.ledger.command.village;

import jakarta.servlet.http.HttpServletRequest;
import org.fupin.ledger.command.http.CommandSender;
import org.fupin.ledger.command.http.Created;
import org.fupin.ledger.command.http.RequestFields;
import org.fupin.ledger.command.period.EffectiveDates;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.VillageId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.fupin.ledger.command.http.RequestFields.NAME_LIMIT;
import static org.fupin.ledger.command.http.RequestFields.TEXT_LIMIT;

/**
 * Administrators register villages and assign or recall their First Secretaries; villages return unspent
 * money to the funds it came from.
 */
@RestController
@RequestMapping("/api/villages")
class VillageController {

    private final CommandSender commands;
    private final EffectiveDates dates;

    VillageController(CommandSender commands, EffectiveDates dates) {
        this.commands = commands;
        this.dates = dates;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> register(@RequestBody JsonNode body, HttpServletRequest request) {
        RequestFields fields = RequestFields.of(body);
        String id = fields.id("id");
        Integer households = fields.integer("povertyHouseholds", 0, 1_000_000);
        RegisterVillage command = new RegisterVillage(id == null ? null : VillageId.of(id),
                fields.text("name", NAME_LIMIT), fields.text("town", NAME_LIMIT), fields.text("county", NAME_LIMIT),
                households == null ? 0 : households, fields.optionalText("province", NAME_LIMIT));
        fields.validate();
        return commands.create(command, command.villageId(), "village", id, request, body,
                () -> Created.at("/api/villages/{id}", id));
    }

    /** Assigns a First Secretary; usernames follow the id format. */
    @PostMapping("/{villageId}/secretaries")
    ResponseEntity<Map<String, String>> assignSecretary(@PathVariable String villageId, @RequestBody JsonNode body,
                                                        HttpServletRequest request) {
        Created.pathId("villageId", villageId);
        RequestFields fields = RequestFields.of(body);
        String username = fields.id("username");
        AssignSecretary command = new AssignSecretary(VillageId.of(villageId), username,
                fields.text("name", NAME_LIMIT), fields.text("dispatchingUnit", NAME_LIMIT), fields.date("since"));
        fields.validate();
        return commands.send(command, request, body,
                () -> Created.at("/api/villages/{villageId}/secretaries/{username}", villageId, username));
    }

    @PostMapping("/{villageId}/secretaries/{username}/recall")
    ResponseEntity<Map<String, String>> recallSecretary(@PathVariable String villageId, @PathVariable String username,
                                                        @RequestBody JsonNode body, HttpServletRequest request) {
        Created.pathId("villageId", villageId);
        Created.pathId("username", username);
        RequestFields fields = RequestFields.of(body);
        RecallSecretary command = new RecallSecretary(VillageId.of(villageId), username, fields.date("date"),
                fields.text("reason", TEXT_LIMIT));
        fields.validate();
        return commands.send(command, request, body,
                () -> ResponseEntity.ok(Map.of("id", username, "status", "RECALLED")));
    }

    @PostMapping("/{villageId}/returns")
    ResponseEntity<Map<String, String>> returnFunds(@PathVariable String villageId, @RequestBody JsonNode body,
                                                    HttpServletRequest request) {
        Created.pathId("villageId", villageId);
        RequestFields fields = RequestFields.of(body);
        String id = fields.id("id");
        String fundId = fields.id("fundId");
        ReturnFunds command = new ReturnFunds(VillageId.of(villageId), id, fundId == null ? null : FundId.of(fundId),
                fields.amount("amount"), fields.text("reason", TEXT_LIMIT), dates.read(fields));
        fields.validate();
        return commands.send(command, request, body,
                () -> Created.at("/api/villages/{villageId}/returns/{id}", villageId, id));
    }
}
