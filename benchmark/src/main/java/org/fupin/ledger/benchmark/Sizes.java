package org.fupin.ledger.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How big a run is. The defaults are the full run; {@code --smoke} is a tiny run that only proves
 * every figure can be measured.
 *
 * @param rawOps          single-row inserts of the raw baseline
 * @param commands        commands of each command-throughput phase (HTTP, half load, gateway)
 * @param clients         concurrent clients of every throughput phase
 * @param visibility      commands whose visibility lag is sampled
 * @param backlog         events the query side catches up with
 * @param storeEvents     events in the store for the rebuild and as-of figures
 * @param asOfEvents      events of the one village replayed for the as-of figure
 * @param asOfSamples     as-of queries timed
 * @param profile         {@code --profile}: record each app under the HTTP load with JFR and print its top frames
 */
record Sizes(int rawOps, int commands, int clients, int visibility, int backlog, int storeEvents, int asOfEvents,
             int asOfSamples, boolean profile) {

    static final Sizes FULL = new Sizes(40_000, 8_000, 8, 200, 100_000, 1_000_000, 5_000, 100, false);
    static final Sizes SMOKE = new Sizes(400, 200, 8, 10, 500, 3_000, 200, 5, false);

    static Sizes parse(String[] args) {
        Map<String, Integer> given = new LinkedHashMap<>();
        Sizes base = FULL;
        boolean profile = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("bench")) {
                continue;
            }
            if (arg.equals("--smoke")) {
                base = SMOKE;
            } else if (arg.equals("--profile")) {
                profile = true;
            } else if (arg.startsWith("--") && i + 1 < args.length) {
                try {
                    given.put(arg.substring(2), Integer.parseInt(args[++i].replace("_", "")));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(arg + " needs a whole number, not " + args[i]);
                }
            } else {
                throw new IllegalArgumentException("Unknown argument " + arg + "\n" + usage());
            }
        }
        Sizes sizes = new Sizes(given.getOrDefault("raw-ops", base.rawOps), given.getOrDefault("commands", base.commands),
                given.getOrDefault("clients", base.clients), given.getOrDefault("visibility", base.visibility),
                given.getOrDefault("backlog", base.backlog), given.getOrDefault("store-events", base.storeEvents),
                given.getOrDefault("asof-events", base.asOfEvents), given.getOrDefault("asof-samples", base.asOfSamples),
                profile);
        for (String name : given.keySet()) {
            if (!usage().contains("--" + name + " ")) {
                throw new IllegalArgumentException("Unknown option --" + name + "\n" + usage());
            }
        }
        return sizes;
    }

    static String usage() {
        return """
                ./ledger bench [--smoke] [--profile] [--raw-ops N] [--commands N] [--clients N] [--visibility N] [--backlog N]
                               [--store-events N] [--asof-events N] [--asof-samples N]
                """;
    }
}
