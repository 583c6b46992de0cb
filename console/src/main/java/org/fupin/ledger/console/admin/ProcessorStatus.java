package org.fupin.ledger.console.admin;

import java.util.Map;

/** One projection processor as the query side reports it: state, positions, and how far behind the store. */
public record ProcessorStatus(String name, boolean running, boolean replaying, boolean error, long headPosition,
                              Map<Integer, Long> segmentPositions, Long lag) {

    /** How far through the store the slowest segment is, in percent, for the progress bar. */
    public int percentDone() {
        if (lag == null || headPosition <= 0) {
            return lag != null && lag == 0 ? 100 : 0;
        }
        return (int) Math.max(0, Math.min(100, 100 - lag * 100 / (headPosition + 1)));
    }

    /** Caught up: not replaying and nothing left to read. */
    public boolean done() {
        return !replaying && lag != null && lag == 0;
    }
}
