package org.fupin.ledger.console.fund;

/** What the finance officer types to allocate; the id and key come from the rendered form. */
public record AllocationForm(String villageId, String amount, String purpose, String documentNo,
                             String effectiveDate) {

    static AllocationForm empty() {
        return new AllocationForm("", "", "", "", "");
    }

    /**
     * The command's body; an empty document number or effective date is left out, as the API takes them as
     * optional (the effective date is then today).
     */
    Object body(String id) {
        java.util.Map<String, String> body = new java.util.LinkedHashMap<>();
        body.put("id", id);
        body.put("villageId", villageId);
        body.put("amount", amount);
        body.put("purpose", purpose);
        if (documentNo != null && !documentNo.isBlank()) {
            body.put("documentNo", documentNo);
        }
        if (effectiveDate != null && !effectiveDate.isBlank()) {
            body.put("effectiveDate", effectiveDate);
        }
        return body;
    }
}
