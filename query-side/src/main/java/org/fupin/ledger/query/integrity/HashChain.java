package org.fupin.ledger.query.integrity;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * One link of the chain: {@code HMAC-SHA256(key, previous hash | event)}, where the event is taken as
 * stored: its identifier, aggregate, sequence number, timestamp, payload type and revision, and its payload
 * and metadata bytes exactly as serialized. Every field is length-prefixed, so no two different events
 * hash the same way.
 */
final class HashChain {

    /** The hash before the first event. */
    static final String GENESIS = "0".repeat(64);

    private final SecretKeySpec key;
    private final Serializer serializer;

    HashChain(byte[] key, Serializer serializer) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.serializer = serializer;
    }

    String next(String previous, EventMessage<?> event) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            field(mac, previous.getBytes(StandardCharsets.US_ASCII));
            field(mac, text(event.getIdentifier()));
            if (event instanceof DomainEventMessage<?> domain) {
                field(mac, text(domain.getAggregateIdentifier()));
                field(mac, text(Long.toString(domain.getSequenceNumber())));
            } else {
                field(mac, new byte[0]);
                field(mac, new byte[0]);
            }
            field(mac, text(event.getTimestamp().toString()));
            var payload = event.serializePayload(serializer, byte[].class);
            field(mac, text(payload.getType().getName()));
            field(mac, text(String.valueOf(payload.getType().getRevision())));
            field(mac, payload.getData());
            field(mac, event.serializeMetaData(serializer, byte[].class).getData());
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static void field(Mac mac, byte[] bytes) {
        mac.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        mac.update(bytes);
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
