package org.fupin.ledger.console.command;

import org.fupin.ledger.access.Role;

import java.util.List;
import java.util.Locale;

import static org.fupin.ledger.console.command.Field.amount;
import static org.fupin.ledger.console.command.Field.choice;
import static org.fupin.ledger.console.command.Field.date;
import static org.fupin.ledger.console.command.Field.effectiveDate;
import static org.fupin.ledger.console.command.Field.number;
import static org.fupin.ledger.console.command.Field.optional;
import static org.fupin.ledger.console.command.Field.text;

/**
 * The commands the console offers as forms, as the README's API table lists them: the command side's path
 * ({@code {id}} is the fund, village or project the form is on), the body's fields, and the roles that may
 * send it (the form is shown to them only; the API judges again). {@code recordPrefix} set: the API wants a
 * client-chosen id for the new record, made from the form's Idempotency-Key so a resubmission names the same
 * record; unset: the user types the id ({@code id} among the fields) or the command needs none. A command on
 * a record inside another (a payment of a project) names both in its path.
 */
public enum CommandForm {
    REGISTER_FUND("/api/funds", null, List.of(text("id"), text("name"),
            choice("level", "CENTRAL", "PROVINCIAL", "MUNICIPAL", "COUNTY", "DISPATCHING_UNIT", "SOCIAL_DONATION"),
            number("fiscalYear"), amount(), text("documentNo")), Role.FINANCE_OFFICER),
    RETURN_FUNDS("/api/villages/{id}/returns", "R", List.of(text("fundId"), amount(), text("reason"), effectiveDate()),
            Role.FINANCE_OFFICER),
    APPROVE("/api/projects/{id}/approve", null, List.of(optional("note")), Role.FINANCE_OFFICER),
    COMMIT("/api/projects/{id}/commitments", "C", List.of(amount(), optional("fundId"), effectiveDate()),
            Role.FINANCE_OFFICER),
    PAY("/api/projects/{id}/disbursements", "D", List.of(amount(), text("payee"), text("voucherNo"), effectiveDate()),
            Role.FINANCE_OFFICER),
    /** {@code {payment}}: the payment to reverse, besides the project the form is on. */
    REVERSE("/api/projects/{id}/disbursements/{payment}/reversal", null, List.of(text("reason"), effectiveDate()),
            Role.FINANCE_OFFICER),
    CANCEL("/api/projects/{id}/cancel", null, List.of(text("reason")), Role.FINANCE_OFFICER),
    START("/api/projects/{id}/start", null, List.of(date("date")), Role.SECRETARY),
    COMPLETE("/api/projects/{id}/complete", null, List.of(date("date")), Role.SECRETARY),
    SUSPEND("/api/projects/{id}/suspend", null, List.of(text("reason")), Role.SECRETARY),
    RESUME("/api/projects/{id}/resume", null, List.of(optional("note")), Role.SECRETARY),
    ACCEPT("/api/projects/{id}/accept", null, List.of(date("date"), optional("note")), Role.INSPECTOR),
    ACKNOWLEDGE_WARNING("/api/warnings/{id}/acknowledgement", null, List.of(text("note")), Role.INSPECTOR),
    COLLECTIVE_INCOME("/api/villages/{id}/collective-income", "I", List.of(amount(), text("category"),
            optional("assetProjectId"), text("period"), text("receiptNo"), effectiveDate()), Role.SECRETARY),
    COLLECTIVE_SPENDING("/api/villages/{id}/collective-spending", "S", List.of(amount(), text("purpose"),
            optional("note"), effectiveDate()), Role.SECRETARY),
    REGISTER_VILLAGE("/api/villages", null, List.of(text("id"), text("name"), text("town"), text("county"),
            number("povertyHouseholds")), Role.ADMIN),
    ASSIGN_SECRETARY("/api/villages/{id}/secretaries", null, List.of(text("username"), text("name"),
            text("dispatchingUnit"), date("since")), Role.ADMIN),
    /** {@code {id}}: the month to close, {@code yyyy-MM}. */
    CLOSE_PERIOD("/api/periods/{id}/close", null, List.of(optional("note")), Role.FINANCE_OFFICER),
    /** {@code {allocation}}: the pending allocation of the fund ({@code {id}}) a second finance officer approves. */
    APPROVE_ALLOCATION("/api/funds/{id}/allocations/{allocation}/approval", null, List.of(optional("note")),
            Role.FINANCE_OFFICER),
    REJECT_ALLOCATION("/api/funds/{id}/allocations/{allocation}/rejection", null, List.of(text("reason")),
            Role.FINANCE_OFFICER),
    /** {@code {payment}}: the pending payment of the project ({@code {id}}) a second finance officer approves. */
    APPROVE_PAYMENT("/api/projects/{id}/disbursements/{payment}/approval", null, List.of(optional("note")),
            Role.FINANCE_OFFICER),
    REJECT_PAYMENT("/api/projects/{id}/disbursements/{payment}/rejection", null, List.of(text("reason")),
            Role.FINANCE_OFFICER),
    /**
     * {@code {milestone}}: the milestone of the project ({@code {id}}) to verify. Finance officers may verify too;
     * the project page shows this form to both roles itself.
     */
    VERIFY_MILESTONE("/api/projects/{id}/milestones/{milestone}/verification", null,
            List.of(choice("verdict", "CONFIRMED", "REJECTED"), optional("note")), Role.INSPECTOR);

    private final String path;
    private final String recordPrefix;
    private final List<Field> fields;
    private final Role role;

    CommandForm(String path, String recordPrefix, List<Field> fields, Role role) {
        this.path = path;
        this.recordPrefix = recordPrefix;
        this.fields = fields;
        this.role = role;
    }

    public String path() {
        return path;
    }

    public String recordPrefix() {
        return recordPrefix;
    }

    public List<Field> fields() {
        return fields;
    }

    public Role role() {
        return role;
    }

    /** The name in URLs and message keys: {@code register-fund}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static CommandForm ofSlug(String slug) {
        return valueOf(slug.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
