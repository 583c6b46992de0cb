package org.fupin.ledger.shared;

/**
 * Keys of the metadata every event carries, so an inspector can always tell who did what, in which
 * request, as part of which flow.
 */
public final class EventMetadata {

    /** The authenticated user who sent the command. */
    public static final String ACTOR = "actor";
    /** The role under which the user acted. */
    public static final String ROLE = "role";
    /** The HTTP request (or relay step) that produced the event. */
    public static final String REQUEST_ID = "requestId";
    /** Ties the events of one flow together: an allocation and its crediting share it. */
    public static final String CORRELATION_ID = "correlationId";

    private EventMetadata() {
    }
}
