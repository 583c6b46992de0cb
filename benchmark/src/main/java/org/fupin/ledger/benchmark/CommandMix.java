package org.fupin.ledger.benchmark;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.fupin.ledger.command.collective.RecordCollectiveIncome;
import org.fupin.ledger.command.fund.AllocateFunds;
import org.fupin.ledger.command.project.CommitFunds;
import org.fupin.ledger.command.project.DisburseFunds;
import org.fupin.ledger.command.project.ReportMilestone;
import org.fupin.ledger.shared.EventMetadata;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.collective.IncomeCategory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The realistic mix the throughput figures send: of every 20 commands, 8 allocations, 3 commitments,
 * 3 payments, 3 milestones and 3 collective-income receipts, spread over the fixture's villages. The same
 * command can be sent over HTTP, signed in as the role that may send it, or in-process through the gateway.
 */
final class CommandMix {

    static final int VILLAGES = 16;
    static final int FUNDS = 4;

    private CommandMix() {
    }

    static String village(int v) {
        return "BENCH-V" + v;
    }

    static String project(int v) {
        return "BENCH-P" + v;
    }

    static String fund(int f) {
        return "BENCH-F" + f;
    }

    /** One command: where it goes over HTTP, as whom, with what body; and the same as a gateway message. */
    record Command(String path, String user, String role, String json, Object message) {

        void sendThrough(CommandGateway gateway) {
            gateway.sendAndWait(GenericCommandMessage.asCommandMessage(message).andMetaData(MetaData
                    .with(EventMetadata.ACTOR, user).and(EventMetadata.ROLE, role)
                    .and(EventMetadata.REQUEST_ID, UUID.randomUUID().toString())));
        }
    }

    /** The effective date the HTTP edge gives a command sent without one: today in Asia/Shanghai. */
    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** The {@code i}-th command of the phase named {@code phase}; ids are unique per phase. */
    static Command command(String phase, int i) {
        int v = (i * 7 + i / VILLAGES) % VILLAGES;
        String id = phase + "-" + i;
        VillageId village = VillageId.of(village(v));
        ProjectId project = ProjectId.of(project(v));
        Money one = Money.of("1.00");
        int kind = i % 20;
        if (kind < 8) {
            String fund = fund(i % FUNDS);
            return new Command("/api/funds/" + fund + "/allocations", "finance", "FINANCE_OFFICER", """
                    {"id":"%s","villageId":"%s","amount":"1.00","purpose":"产业发展"}""".formatted(id, village(v)),
                    new AllocateFunds(FundId.of(fund), id, village, one, "产业发展", null, today()));
        }
        if (kind < 11) {
            return new Command("/api/projects/" + project(v) + "/commitments", "finance", "FINANCE_OFFICER",
                    "{\"id\":\"" + id + "\",\"amount\":\"1.00\"}", new CommitFunds(village, project, id, one, null, today()));
        }
        if (kind < 14) {
            return new Command("/api/projects/" + project(v) + "/disbursements", "finance", "FINANCE_OFFICER", """
                    {"id":"%s","amount":"1.00","payee":"工程公司","voucherNo":"记-%s"}""".formatted(id, id),
                    new DisburseFunds(village, project, id, one, "工程公司", "记-" + id, today()));
        }
        if (kind < 17) {
            return new Command("/api/projects/" + project(v) + "/milestones", "secretary", "SECRETARY", """
                    {"id":"%s","title":"进度","date":"2026-05-01","progressPercent":50}""".formatted(id),
                    new ReportMilestone(village, project, id, "进度", LocalDate.parse("2026-05-01"), 50, null));
        }
        return new Command("/api/villages/" + village(v) + "/collective-income", "secretary", "SECRETARY", """
                {"id":"%s","amount":"1.00","category":"OTHER","period":"2026-05","receiptNo":"R-%s"}"""
                .formatted(id, id),
                new RecordCollectiveIncome(village, id, one, IncomeCategory.OTHER, null, "2026-05", "R-" + id,
                        today()));
    }
}
