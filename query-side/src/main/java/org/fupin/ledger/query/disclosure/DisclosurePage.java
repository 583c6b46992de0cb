package org.fupin.ledger.query.disclosure;

import org.fupin.ledger.query.spreadsheet.ChineseNames;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.util.Locale;
import java.util.Map;

/**
 * The sheet as a printable HTML page with Chinese labels, from the {@code disclosure.html} template.
 * Thymeleaf escapes every value, so whatever text a user stored comes back as text, never as markup.
 */
@Component
class DisclosurePage {

    private static final Map<String, String> LABELS = ChineseNames.ALL;

    private final TemplateEngine templates;

    DisclosurePage(TemplateEngine templates) {
        this.templates = templates;
    }

    String render(DisclosureSheet sheet) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("sheet", sheet);
        context.setVariable("labels", LABELS);
        return templates.process("disclosure", context);
    }
}
