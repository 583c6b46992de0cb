package org.fupin.ledger.console.project;

import java.util.LinkedHashMap;
import java.util.Map;

/** A milestone as the First Secretary reports it; the id and key come from the rendered form. */
public record MilestoneForm(String title, String date, String progressPercent, String note) {

    static MilestoneForm empty() {
        return new MilestoneForm("", "", "", "");
    }

    /**
     * The command's body. The percent goes as the user typed it when it is not a whole number, so that the
     * API, which owns the rule, names the field in its refusal.
     */
    Map<String, Object> body(String id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("title", title);
        body.put("date", date);
        body.put("progressPercent", wholeNumberOrText(progressPercent));
        if (note != null && !note.isBlank()) {
            body.put("note", note);
        }
        return body;
    }

    private static Object wholeNumberOrText(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (RuntimeException notANumber) {
            return text;
        }
    }
}
