package org.fupin.ledger.query.disclosure;

import org.fupin.ledger.query.spreadsheet.ChineseNames;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

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
        return templates.process("disclosure", context(sheet));
    }

    /**
     * The same page as well-formed XHTML for the PDF notice: A4, the embedded font, and the QR code
     * ({@code qrCode}, a data URI) of its public page at {@code publicUrl}.
     */
    String renderForPrint(DisclosureSheet sheet, String qrCode, String publicUrl) {
        Context context = context(sheet);
        context.setVariable("print", true);
        context.setVariable("qrCode", qrCode);
        context.setVariable("publicUrl", publicUrl);
        return templates.process(new TemplateSpec("disclosure", TemplateMode.XML), context);
    }

    private static Context context(DisclosureSheet sheet) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("sheet", sheet);
        context.setVariable("labels", LABELS);
        context.setVariable("print", false);
        return context;
    }
}
