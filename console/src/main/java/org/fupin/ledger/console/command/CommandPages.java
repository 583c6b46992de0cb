package org.fupin.ledger.console.command;

import org.fupin.ledger.console.api.ApiProblem;
import org.fupin.ledger.console.api.LedgerApi;
import org.fupin.ledger.console.web.FormKey;
import org.fupin.ledger.console.web.Yuan;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Sends any {@link CommandForm} and goes back to the page the form was on: with a note that it was recorded,
 * or with the API's refusal and what was typed, shown in that same form.
 */
@Controller
class CommandPages {

    private final LedgerApi api;
    private final MessageSource messages;
    private final Yuan yuan;

    CommandPages(LedgerApi api, MessageSource messages, Yuan yuan) {
        this.api = api;
        this.messages = messages;
        this.yuan = yuan;
    }

    @PostMapping({"/commands/{form}", "/commands/{form}/{id}", "/commands/{form}/{id}/{inner}"})
    String send(@PathVariable String form, @PathVariable(required = false) String id,
                @PathVariable(required = false) String inner, @RequestParam Map<String, String> typed,
                RedirectAttributes next) {
        CommandForm command;
        try {
            command = CommandForm.ofSlug(form);
        } catch (IllegalArgumentException unknown) {
            return "redirect:/";
        }
        String key = typed.getOrDefault("idempotencyKey", FormKey.fresh());
        String back = safe(typed.get("returnTo"));
        try {
            api.send(command.path(), body(command, typed, key), key, Stream.of(id, inner)
                    .filter(Objects::nonNull).toArray());
            next.addFlashAttribute("recorded", command.slug());
            next.addFlashAttribute("recordedTarget", inner);
        } catch (ApiProblem refused) {
            next.addFlashAttribute("commandProblem", refused);
            next.addFlashAttribute("commandErrors", fieldErrors(refused));
            next.addFlashAttribute("failedForm", command.slug());
            next.addFlashAttribute("failedTarget", inner);
            next.addFlashAttribute("typed", typed);
        }
        return "redirect:" + back;
    }

    /** A payment ahead of verified progress is a problem of its amount: the message says what may be paid now. */
    private Map<String, String> fieldErrors(ApiProblem refused) {
        String payableNow = refused.properties().get("payableNow");
        if (!"PAYMENT_AHEAD_OF_PROGRESS".equals(refused.code()) || payableNow == null) {
            return refused.fieldErrors();
        }
        Map<String, String> errors = new LinkedHashMap<>(refused.fieldErrors());
        errors.put("amount", messages.getMessage("payment.ahead", new Object[]{yuan.of(payableNow)},
                LocaleContextHolder.getLocale()));
        return errors;
    }

    private static Map<String, Object> body(CommandForm command, Map<String, String> typed, String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (command.recordPrefix() != null) {
            body.put("id", FormKey.recordId(command.recordPrefix(), key));
        }
        for (Field field : command.fields()) {
            String value = typed.getOrDefault(field.name(), "");
            if (!(field.optional() && value.isBlank())) {
                body.put(field.name(), field.json(value));
            }
        }
        return body;
    }

    /** Only a path of this site: never another host. */
    private static String safe(String returnTo) {
        return returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//") ? returnTo : "/";
    }
}
