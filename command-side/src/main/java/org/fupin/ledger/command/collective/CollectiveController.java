package org.fupin.ledger.command.collective;

import jakarta.servlet.http.HttpServletRequest;
import org.fupin.ledger.command.http.CommandSender;
import org.fupin.ledger.command.http.Created;
import org.fupin.ledger.command.http.RequestFields;
import org.fupin.ledger.command.period.EffectiveDates;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.collective.IncomeCategory;
import org.fupin.ledger.shared.collective.SpendingPurpose;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import static org.fupin.ledger.command.http.RequestFields.NAME_LIMIT;
import static org.fupin.ledger.command.http.RequestFields.TEXT_LIMIT;

/** The village committee records collective-economy income and what it spends it on. */
@RestController
@RequestMapping("/api/villages/{villageId}")
class CollectiveController {

    private final CommandSender commands;
    private final EffectiveDates dates;

    CollectiveController(CommandSender commands, EffectiveDates dates) {
        this.commands = commands;
        this.dates = dates;
    }

    @PostMapping("/collective-income")
    ResponseEntity<Map<String, String>> recordIncome(@PathVariable String villageId, @RequestBody JsonNode body,
                                                     HttpServletRequest request) {
        Created.pathId("villageId", villageId);
        RequestFields fields = RequestFields.of(body);
        String id = fields.id("id");
        var amount = fields.amount("amount");
        IncomeCategory category = fields.enumValue("category", IncomeCategory.class);
        String assetProjectId = fields.optionalId("assetProjectId");
        YearMonth period = fields.period("period");
        String receiptNo = fields.text("receiptNo", NAME_LIMIT);
        LocalDate effectiveDate = dates.read(fields);
        fields.validate();
        RecordCollectiveIncome command = new RecordCollectiveIncome(VillageId.of(villageId), id, amount, category,
                assetProjectId == null ? null : ProjectId.of(assetProjectId), period.toString(), receiptNo,
                effectiveDate);
        return commands.send(command, request, body,
                () -> Created.at("/api/villages/{villageId}/collective-income/{id}", villageId, id));
    }

    @PostMapping("/collective-spending")
    ResponseEntity<Map<String, String>> recordSpending(@PathVariable String villageId, @RequestBody JsonNode body,
                                                       HttpServletRequest request) {
        Created.pathId("villageId", villageId);
        RequestFields fields = RequestFields.of(body);
        String id = fields.id("id");
        var amount = fields.amount("amount");
        SpendingPurpose purpose = fields.enumValue("purpose", SpendingPurpose.class);
        String note = fields.optionalText("note", TEXT_LIMIT);
        LocalDate effectiveDate = dates.read(fields);
        fields.validate();
        RecordCollectiveSpending command = new RecordCollectiveSpending(VillageId.of(villageId), id, amount, purpose,
                note, effectiveDate);
        return commands.send(command, request, body,
                () -> Created.at("/api/villages/{villageId}/collective-spending/{id}", villageId, id));
    }
}
