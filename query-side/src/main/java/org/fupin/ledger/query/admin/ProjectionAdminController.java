package org.fupin.ledger.query.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Administrators watch the projections and rebuild them from the event store. A rebuild stops each
 * processor, resets its tokens (each projection's reset handler empties its tables in the same
 * transaction) and starts it again: it then replays every event. With several query-side instances, stop
 * the others first: a reset needs every segment released.
 */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionAdminController {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    ProjectionAdminController(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    /** Each processor: running, replaying, per-segment position, and how many events it is behind. */
    @GetMapping
    List<ProcessorStatus> status() {
        long head = position(eventStore.createHeadToken());
        return processors().entrySet().stream().map(entry -> {
            StreamingEventProcessor processor = entry.getValue();
            Map<Integer, Long> positions = new TreeMap<>();
            boolean error = false;
            for (EventTrackerStatus segment : processor.processingStatus().values()) {
                OptionalLong position = segment.getCurrentPosition();
                positions.put(segment.getSegment().getSegmentId(), position.orElse(-1));
                error |= segment.isErrorState();
            }
            long slowest = positions.values().stream().mapToLong(Long::longValue).min().orElse(-1);
            return new ProcessorStatus(entry.getKey(), processor.isRunning(), processor.isReplaying(), error,
                    head, positions, positions.isEmpty() ? null : Math.max(0, head - slowest));
        }).toList();
    }

    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    List<ProcessorStatus> rebuild() {
        for (StreamingEventProcessor processor : processors().values()) {
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        return status();
    }

    private Map<String, StreamingEventProcessor> processors() {
        Map<String, StreamingEventProcessor> found = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                found.put(name, streaming);
            }
        });
        return found;
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    /**
     * @param lag events between the store's head and the slowest segment this instance holds; null when
     *            it holds none
     */
    record ProcessorStatus(String name, boolean running, boolean replaying, boolean error, long headPosition,
                           Map<Integer, Long> segmentPositions, Long lag) {
    }
}
