package org.fupin.ledger.console.inspection;

import java.util.List;

/**
 * One page of a village's timeline after the inspector's filters, with the event types and actors to choose
 * from. The history API narrows by date; by event type and actor the console narrows what it answered,
 * since the API does not, and pages the rest itself.
 */
public record Timeline(HistoryPage page, String type, String actor, List<String> types, List<String> actors) {

    /**
     * @param entries every entry the API answered for the date range, oldest first
     * @param type    the event type to keep ({@code FundsAllocated}); blank keeps every type
     * @param actor   the user to keep; blank keeps everyone
     */
    static Timeline of(String villageId, List<HistoryPage.Entry> entries, String type, String actor, int page,
                       int size) {
        List<HistoryPage.Entry> kept = entries.stream()
                .filter(entry -> blank(type) || type.equals(entry.type()))
                .filter(entry -> blank(actor) || actor.equals(entry.actor()))
                .toList();
        int first = (int) Math.min((long) page * size, kept.size());
        List<HistoryPage.Entry> shown = kept.subList(first, Math.min(first + size, kept.size()));
        return new Timeline(new HistoryPage(villageId, page, size, kept.size(), shown), type, actor,
                distinct(entries.stream().map(HistoryPage.Entry::type).toList()),
                distinct(entries.stream().map(HistoryPage.Entry::actor).toList()));
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().filter(value -> !blank(value)).distinct().sorted().toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
