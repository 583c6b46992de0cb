package org.fupin.ledger.console.web;

import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The Idempotency-Key a form is rendered with, in a hidden field and sent as the header: submitting the same
 * rendered form twice (a double click, a reload) records the command once. Also the new record's id where the
 * API wants a client-chosen one, so a resubmission names the same record.
 */
@Component("formKey")
public final class FormKey {

    /** For templates: {@code ${@formKey.next()}}, one key per rendered form. */
    public String next() {
        return fresh();
    }

    public static String fresh() {
        return UUID.randomUUID().toString();
    }

    /** A short record id such as {@code A-3f9c2b1d}, from the form's key. */
    public static String recordId(String prefix, String key) {
        return prefix + "-" + key.replace("-", "").substring(0, 12);
    }
}
