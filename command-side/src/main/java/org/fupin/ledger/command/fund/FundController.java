package org.fupin.ledger.command.fund;

import jakarta.servlet.http.HttpServletRequest;
import org.fupin.ledger.command.approval.ApprovalThreshold;
import org.fupin.ledger.command.http.CommandSender;
import org.fupin.ledger.command.http.Created;
import org.fupin.ledger.command.http.RequestFields;
import org.fupin.ledger.command.period.EffectiveDates;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.fund.FundLevel;
import org.springframework.http.HttpStatus;
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
 * Finance officers register fund sources and allocate their money to villages. An allocation at or above the
 * approval threshold answers 202 {@code PENDING_APPROVAL}; another finance officer approves or rejects it.
 */
@RestController
@RequestMapping("/api/funds")
class FundController {

    private final CommandSender commands;
    private final EffectiveDates dates;
    private final ApprovalThreshold threshold;

    FundController(CommandSender commands, EffectiveDates dates, ApprovalThreshold threshold) {
        this.commands = commands;
        this.dates = dates;
        this.threshold = threshold;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> register(@RequestBody JsonNode body, HttpServletRequest request) {
        RequestFields fields = RequestFields.of(body);
        String id = fields.id("id");
        RegisterFundSource command = new RegisterFundSource(id == null ? null : FundId.of(id),
                fields.text("name", NAME_LIMIT), fields.enumValue("level", FundLevel.class),
                orZero(fields.integer("fiscalYear", 1949, 2200)), fields.amount("amount"),
                fields.text("documentNo", NAME_LIMIT));
        fields.validate();
        return commands.create(command, command.fundId(), "fund", id, request, body,
                () -> Created.at("/api/funds/{id}", id));
    }

    @PostMapping("/{fundId}/allocations")
    ResponseEntity<Map<String, String>> allocate(@PathVariable String fundId, @RequestBody JsonNode body,
                                                 HttpServletRequest request) {
        Created.pathId("fundId", fundId);
        RequestFields fields = RequestFields.of(body);
        String id = fields.id("id");
        String villageId = fields.id("villageId");
        AllocateFunds command = new AllocateFunds(FundId.of(fundId), id,
                villageId == null ? null : VillageId.of(villageId), fields.amount("amount"),
                fields.text("purpose", TEXT_LIMIT), fields.optionalText("documentNo", NAME_LIMIT),
                dates.read(fields));
        fields.validate();
        if (threshold.requiresApproval(command.amount())) {
            return commands.send(command, request, body, () -> ResponseEntity.status(HttpStatus.ACCEPTED)
                    .body(Map.of("id", id, "status", "PENDING_APPROVAL")));
        }
        return commands.send(command, request, body,
                () -> Created.at("/api/funds/{fundId}/allocations/{id}", fundId, id));
    }

    @PostMapping("/{fundId}/allocations/{allocationId}/approval")
    ResponseEntity<Map<String, String>> approve(@PathVariable String fundId, @PathVariable String allocationId,
                                                @RequestBody JsonNode body, HttpServletRequest request) {
        Created.pathId("fundId", fundId);
        Created.pathId("allocationId", allocationId);
        RequestFields fields = RequestFields.of(body);
        ApproveAllocation command = new ApproveAllocation(FundId.of(fundId), allocationId,
                fields.optionalText("note", TEXT_LIMIT), dates.today());
        fields.validate();
        return commands.send(command, request, body,
                () -> ResponseEntity.ok(Map.of("id", allocationId, "status", "APPROVED")));
    }

    @PostMapping("/{fundId}/allocations/{allocationId}/rejection")
    ResponseEntity<Map<String, String>> reject(@PathVariable String fundId, @PathVariable String allocationId,
                                               @RequestBody JsonNode body, HttpServletRequest request) {
        Created.pathId("fundId", fundId);
        Created.pathId("allocationId", allocationId);
        RequestFields fields = RequestFields.of(body);
        RejectAllocation command = new RejectAllocation(FundId.of(fundId), allocationId,
                fields.text("reason", TEXT_LIMIT));
        fields.validate();
        return commands.send(command, request, body,
                () -> ResponseEntity.ok(Map.of("id", allocationId, "status", "REJECTED")));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
