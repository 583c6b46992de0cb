package org.fupin.ledger.console.fund;

/** What the finance officer types to allocate; the id and key come from the rendered form. */
public record AllocationForm(String villageId, String amount, String purpose, String documentNo) {

    static AllocationForm empty() {
        return new AllocationForm("", "", "", "");
    }

    /** The command's body; an empty document number is left out, as the API takes it as optional. */
    Object body(String id) {
        java.util.Map<String, String> body = new java.util.LinkedHashMap<>();
        body.put("id", id);
        body.put("villageId", villageId);
        body.put("amount", amount);
        body.put("purpose", purpose);
        if (documentNo != null && !documentNo.isBlank()) {
            body.put("documentNo", documentNo);
        }
        return body;
    }
}
