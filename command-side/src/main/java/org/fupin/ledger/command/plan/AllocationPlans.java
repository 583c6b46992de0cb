package org.fupin.ledger.command.plan;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.fupin.ledger.access.Caller;
import org.fupin.ledger.command.CommandRefused;
import org.fupin.ledger.command.fund.AllocateFunds;
import org.fupin.ledger.command.period.EffectiveDates;
import org.fupin.ledger.command.http.CommandSender;
import org.fupin.ledger.command.plan.PlanPreview.PlannedRow;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.VillageId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Previews and confirms allocation plans. An upload is read, checked and kept (by the file's hash) without
 * recording anything. A confirmation reads the kept file again, checks it again against the funds as they
 * stand now, and only when every row passes sends each row not yet recorded as an ordinary
 * {@link AllocateFunds} command, the same command {@code POST /api/funds/{id}/allocations} sends, under the
 * Idempotency-Key {@code allocation-plan:<hash>:row:<n>} and the allocation id {@code AP-<hash prefix>-<n>}.
 */
@Service
class AllocationPlans {

    private final PlanUploads uploads;
    private final PlanTargets targets;
    private final CommandSender commands;
    private final EffectiveDates dates;

    AllocationPlans(PlanUploads uploads, PlanTargets targets, CommandSender commands, EffectiveDates dates) {
        this.uploads = uploads;
        this.targets = targets;
        this.commands = commands;
        this.dates = dates;
    }

    PlanPreview preview(String fileName, byte[] content) {
        String planId = sha256(content);
        PlanPreview preview = PlanCheck.of(planId, PlanFile.read(fileName, content), targets.lookup());
        uploads.keep(planId, fileName == null ? "" : fileName, content, Caller.current().username());
        return preview;
    }

    PlanConfirmation confirm(String planId, HttpServletRequest request) {
        PlanUploads.Upload upload = uploads.find(planId).orElseThrow(() -> new PlanRefused(HttpStatus.NOT_FOUND,
                "PLAN_NOT_FOUND", "没有这张分配表，或已过期：请重新上传"));
        PlanPreview preview = PlanCheck.of(planId, PlanFile.read(upload.fileName(), upload.content()),
                targets.lookup());
        if (!preview.valid()) {
            throw new PlanRefused(HttpStatus.UNPROCESSABLE_CONTENT, "ALLOCATION_PLAN_INVALID",
                    "分配表有错误，整张表不予记录", Map.of("rows",
                    preview.rows().stream().filter(row -> !row.errors().isEmpty()).toList(),
                    "totals", preview.totals()));
        }
        List<PlanConfirmation.Allocation> allocations = new ArrayList<>();
        for (PlannedRow row : preview.rows()) {
            boolean recorded = !row.alreadyRecorded() && send(planId, row, request);
            allocations.add(new PlanConfirmation.Allocation(row.row(), row.allocationId(), row.fund(),
                    row.village(), row.amount(), recorded));
        }
        return PlanConfirmation.of(planId, allocations);
    }

    /** @return false when this row was already recorded (by this officer's key or by anyone's allocation id) */
    private boolean send(String planId, PlannedRow row, HttpServletRequest request) {
        AllocateFunds command = new AllocateFunds(FundId.of(row.fund()), row.allocationId(),
                VillageId.of(row.village()), Money.parseAmount(row.amount()), row.purpose(), row.documentNumber(),
                dates.today());
        String key = "allocation-plan:" + planId + ":row:" + row.row();
        try {
            return commands.sendKeyed(command, key, sha256(key.getBytes(StandardCharsets.UTF_8)), request);
        } catch (CommandExecutionException e) {
            if (e.getDetails().orElse(null) instanceof CommandRefused.Refusal refusal
                    && refusal.code().equals("DUPLICATE_ID")) {
                return false;
            }
            throw e;
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
