package org.fupin.ledger.command.project;

import jakarta.servlet.http.HttpServletRequest;
import org.fupin.ledger.command.approval.ApprovalThreshold;
import org.fupin.ledger.command.http.CommandSender;
import org.fupin.ledger.command.http.Created;
import org.fupin.ledger.command.http.RequestFields;
import org.fupin.ledger.command.period.EffectiveDates;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.project.MilestoneVerdict;
import org.fupin.ledger.shared.project.ProjectStatus;
import org.fupin.ledger.shared.project.ProjectType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiFunction;

import static org.fupin.ledger.command.http.RequestFields.NAME_LIMIT;
import static org.fupin.ledger.command.http.RequestFields.TEXT_LIMIT;

/**
 * Village secretaries propose projects and report their progress; finance officers approve, fund and pay
 * them; inspectors accept them. Each lifecycle step answers {@code {id, status}}. A payment at or above the
 * approval threshold answers 202 {@code PENDING_APPROVAL} until another finance officer approves or rejects it;
 * inspectors and finance officers verify reported milestones, which payments may not run ahead of.
 */
@RestController
@RequestMapping("/api/projects")
class ProjectController {

    private final CommandSender commands;
    private final ProjectDirectory directory;
    private final EffectiveDates dates;
    private final ApprovalThreshold threshold;

    ProjectController(CommandSender commands, ProjectDirectory directory, EffectiveDates dates,
                      ApprovalThreshold threshold) {
        this.commands = commands;
        this.directory = directory;
        this.dates = dates;
        this.threshold = threshold;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> propose(@RequestBody JsonNode body, HttpServletRequest request) {
        RequestFields fields = RequestFields.of(body);
        String id = fields.id("id");
        String villageId = fields.id("villageId");
        ProjectType type = fields.enumValue("type", ProjectType.class);
        String name = fields.text("name", NAME_LIMIT);
        var budget = fields.amount("budget");
        LocalDate plannedStart = fields.date("plannedStart");
        LocalDate plannedEnd = fields.date("plannedEnd");
        if (plannedStart != null && plannedEnd != null && plannedEnd.isBefore(plannedStart)) {
            fields.reject("plannedEnd", "must not be before plannedStart");
        }
        Map<String, Object> spec = ProjectSpec.read(type, fields.object("spec"), fields);
        fields.validate();
        ProposeProject command = new ProposeProject(VillageId.of(villageId), ProjectId.of(id), type, name, budget,
                plannedStart, plannedEnd, spec);
        return commands.send(command, request, body, () -> Created.at("/api/projects/{id}", id));
    }

    @PostMapping("/{id}/approve")
    ResponseEntity<Map<String, String>> approve(@PathVariable String id, @RequestBody JsonNode body,
                                                HttpServletRequest request) {
        return transition(id, body, request, ProjectStatus.APPROVED,
                (village, fields) -> new ApproveProject(village, ProjectId.of(id), fields.optionalText("note", TEXT_LIMIT)));
    }

    @PostMapping("/{id}/start")
    ResponseEntity<Map<String, String>> start(@PathVariable String id, @RequestBody JsonNode body,
                                              HttpServletRequest request) {
        return transition(id, body, request, ProjectStatus.IN_PROGRESS,
                (village, fields) -> new StartProject(village, ProjectId.of(id), fields.date("date")));
    }

    @PostMapping("/{id}/complete")
    ResponseEntity<Map<String, String>> complete(@PathVariable String id, @RequestBody JsonNode body,
                                                 HttpServletRequest request) {
        return transition(id, body, request, ProjectStatus.COMPLETED,
                (village, fields) -> new CompleteProject(village, ProjectId.of(id), fields.date("date")));
    }

    @PostMapping("/{id}/accept")
    ResponseEntity<Map<String, String>> accept(@PathVariable String id, @RequestBody JsonNode body,
                                               HttpServletRequest request) {
        return transition(id, body, request, ProjectStatus.ACCEPTED,
                (village, fields) -> new AcceptProject(village, ProjectId.of(id), fields.date("date"),
                        fields.optionalText("note", TEXT_LIMIT)));
    }

    @PostMapping("/{id}/suspend")
    ResponseEntity<Map<String, String>> suspend(@PathVariable String id, @RequestBody JsonNode body,
                                                HttpServletRequest request) {
        return transition(id, body, request, ProjectStatus.SUSPENDED,
                (village, fields) -> new SuspendProject(village, ProjectId.of(id), fields.text("reason", TEXT_LIMIT)));
    }

    @PostMapping("/{id}/resume")
    ResponseEntity<Map<String, String>> resume(@PathVariable String id, @RequestBody JsonNode body,
                                               HttpServletRequest request) {
        return transition(id, body, request, ProjectStatus.IN_PROGRESS,
                (village, fields) -> new ResumeProject(village, ProjectId.of(id), fields.optionalText("note", TEXT_LIMIT)));
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<Map<String, String>> cancel(@PathVariable String id, @RequestBody JsonNode body,
                                               HttpServletRequest request) {
        return transition(id, body, request, ProjectStatus.CANCELLED,
                (village, fields) -> new CancelProject(village, ProjectId.of(id), fields.text("reason", TEXT_LIMIT)));
    }

    @PostMapping("/{id}/commitments")
    ResponseEntity<Map<String, String>> commit(@PathVariable String id, @RequestBody JsonNode body,
                                               HttpServletRequest request) {
        Created.pathId("id", id);
        RequestFields fields = RequestFields.of(body);
        String commitmentId = fields.id("id");
        var amount = fields.amount("amount");
        String fundId = fields.optionalId("fundId");
        LocalDate effectiveDate = dates.read(fields);
        fields.validate();
        ProjectId projectId = ProjectId.of(id);
        CommitFunds command = new CommitFunds(directory.villageOf(projectId), projectId, commitmentId, amount,
                fundId == null ? null : FundId.of(fundId), effectiveDate);
        return commands.send(command, request, body,
                () -> Created.at("/api/projects/{id}/commitments/{commitmentId}", id, commitmentId));
    }

    @PostMapping("/{id}/disbursements")
    ResponseEntity<Map<String, String>> disburse(@PathVariable String id, @RequestBody JsonNode body,
                                                 HttpServletRequest request) {
        Created.pathId("id", id);
        RequestFields fields = RequestFields.of(body);
        String disbursementId = fields.id("id");
        var amount = fields.amount("amount");
        String payee = fields.text("payee", NAME_LIMIT);
        String voucherNo = fields.text("voucherNo", NAME_LIMIT);
        LocalDate effectiveDate = dates.read(fields);
        fields.validate();
        ProjectId projectId = ProjectId.of(id);
        DisburseFunds command = new DisburseFunds(directory.villageOf(projectId), projectId, disbursementId, amount,
                payee, voucherNo, effectiveDate);
        if (threshold.requiresApproval(amount)) {
            return commands.send(command, request, body, () -> ResponseEntity.status(HttpStatus.ACCEPTED)
                    .body(Map.of("id", disbursementId, "status", "PENDING_APPROVAL")));
        }
        return commands.send(command, request, body,
                () -> Created.at("/api/projects/{id}/disbursements/{disbursementId}", id, disbursementId));
    }

    @PostMapping("/{id}/disbursements/{disbursementId}/approval")
    ResponseEntity<Map<String, String>> approvePayment(@PathVariable String id, @PathVariable String disbursementId,
                                                       @RequestBody JsonNode body, HttpServletRequest request) {
        return decide(id, disbursementId, body, request, "APPROVED", (village, fields) -> new ApproveDisbursement(
                village, ProjectId.of(id), disbursementId, fields.optionalText("note", TEXT_LIMIT), dates.today()));
    }

    @PostMapping("/{id}/disbursements/{disbursementId}/rejection")
    ResponseEntity<Map<String, String>> rejectPayment(@PathVariable String id, @PathVariable String disbursementId,
                                                      @RequestBody JsonNode body, HttpServletRequest request) {
        return decide(id, disbursementId, body, request, "REJECTED", (village, fields) -> new RejectDisbursement(
                village, ProjectId.of(id), disbursementId, fields.text("reason", TEXT_LIMIT)));
    }

    @PostMapping("/{id}/milestones/{milestoneId}/verification")
    ResponseEntity<Map<String, String>> verifyMilestone(@PathVariable String id, @PathVariable String milestoneId,
                                                        @RequestBody JsonNode body, HttpServletRequest request) {
        Created.pathId("milestoneId", milestoneId);
        Created.pathId("id", id);
        RequestFields fields = RequestFields.of(body);
        MilestoneVerdict verdict = fields.enumValue("verdict", MilestoneVerdict.class);
        String note = fields.optionalText("note", TEXT_LIMIT);
        fields.validate();
        ProjectId projectId = ProjectId.of(id);
        VerifyMilestone command = new VerifyMilestone(directory.villageOf(projectId), projectId, milestoneId, verdict,
                note);
        return commands.send(command, request, body,
                () -> ResponseEntity.ok(Map.of("id", milestoneId, "verdict", verdict.name())));
    }

    private ResponseEntity<Map<String, String>> decide(String id, String disbursementId, JsonNode body,
                                                       HttpServletRequest request, String status,
                                                       BiFunction<VillageId, RequestFields, Object> command) {
        Created.pathId("id", id);
        Created.pathId("disbursementId", disbursementId);
        RequestFields fields = RequestFields.of(body);
        Object built = command.apply(directory.villageOf(ProjectId.of(id)), fields);
        fields.validate();
        return commands.send(built, request, body, () -> ResponseEntity.ok(Map.of("id", disbursementId, "status", status)));
    }

    /** Records that a payment bounced or was a mistake; the money goes back to the project's held money. */
    @PostMapping("/{id}/disbursements/{disbursementId}/reversal")
    ResponseEntity<Map<String, String>> reverse(@PathVariable String id, @PathVariable String disbursementId,
                                                @RequestBody JsonNode body, HttpServletRequest request) {
        Created.pathId("id", id);
        Created.pathId("disbursementId", disbursementId);
        RequestFields fields = RequestFields.of(body);
        String reason = fields.text("reason", TEXT_LIMIT);
        LocalDate effectiveDate = dates.read(fields);
        fields.validate();
        ProjectId projectId = ProjectId.of(id);
        ReverseDisbursement command = new ReverseDisbursement(directory.villageOf(projectId), projectId,
                disbursementId, reason, effectiveDate);
        return commands.send(command, request, body, () -> Created.at(
                "/api/projects/{id}/disbursements/{disbursementId}/reversal", id, disbursementId));
    }

    @PostMapping("/{id}/milestones")
    ResponseEntity<Map<String, String>> reportMilestone(@PathVariable String id, @RequestBody JsonNode body,
                                                        HttpServletRequest request) {
        Created.pathId("id", id);
        RequestFields fields = RequestFields.of(body);
        String milestoneId = fields.id("id");
        String title = fields.text("title", NAME_LIMIT);
        LocalDate date = fields.date("date");
        Integer progress = fields.integer("progressPercent", 0, 100);
        String note = fields.optionalText("note", TEXT_LIMIT);
        fields.validate();
        ProjectId projectId = ProjectId.of(id);
        ReportMilestone command = new ReportMilestone(directory.villageOf(projectId), projectId, milestoneId, title,
                date, progress, note);
        return commands.send(command, request, body,
                () -> Created.at("/api/projects/{id}/milestones/{milestoneId}", id, milestoneId));
    }

    private ResponseEntity<Map<String, String>> transition(String id, JsonNode body, HttpServletRequest request,
                                                           ProjectStatus after,
                                                           BiFunction<VillageId, RequestFields, Object> command) {
        Created.pathId("id", id);
        RequestFields fields = RequestFields.of(body);
        VillageId village = directory.villageOf(ProjectId.of(id));
        Object built = command.apply(village, fields);
        fields.validate();
        return commands.send(built, request, body,
                () -> ResponseEntity.ok(Map.of("id", id, "status", after.name())));
    }
}
