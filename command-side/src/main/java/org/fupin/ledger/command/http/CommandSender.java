package org.fupin.ledger.command.http;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.fupin.ledger.access.Caller;
import org.fupin.ledger.command.AggregateDirectory;
import org.fupin.ledger.command.CommandRefused;
import org.fupin.ledger.shared.EventMetadata;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Sends a command on behalf of an HTTP request: stamps who sent it (the authenticated caller, never
 * anything the body says) and in which request, and honours the
 * {@code Idempotency-Key} header.
 *
 * <p>A key is recorded by {@link IdempotencyKeys} in the same transaction as the command's events. A retry
 * with the same key and the same request finds it and gets the original success answer without sending
 * anything; the same key with a different request is refused. A command that failed recorded nothing, so
 * its retry runs again.
 */
@Component
public class CommandSender {

    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private final CommandGateway gateway;
    private final IdempotencyKeys idempotencyKeys;

    private final AggregateDirectory directory;

    CommandSender(CommandGateway gateway, IdempotencyKeys idempotencyKeys, AggregateDirectory directory) {
        this.gateway = gateway;
        this.idempotencyKeys = idempotencyKeys;
        this.directory = directory;
    }

    /**
     * Sends {@code command} and answers with {@code success} once it is stored, or once an earlier identical
     * request with the same idempotency key is found to have been.
     */
    public <T> ResponseEntity<T> send(Object command, HttpServletRequest request, JsonNode body,
                                      Supplier<ResponseEntity<T>> success) {
        return send(command, request, body, () -> { }, success);
    }

    /**
     * Sends a command that creates the aggregate {@code aggregateId}; answers 409 when it already exists,
     * unless this is the retry of the very request that created it.
     */
    public <T> ResponseEntity<T> create(Object command, Object aggregateId, String what, String id,
                                        HttpServletRequest request, JsonNode body,
                                        Supplier<ResponseEntity<T>> success) {
        return send(command, request, body, () -> {
            if (directory.exists(aggregateId)) {
                throw CommandRefused.duplicate(what, id);
            }
        }, success);
    }

    /**
     * Sends a command on behalf of {@code request} under an idempotency key the ledger chose itself (such as
     * an allocation plan's row key), rather than one from the request's header.
     *
     * @param fingerprint what the key stands for; the same key with another fingerprint is refused
     * @return false when the key was already recorded for this fingerprint, so nothing was sent
     */
    public boolean sendKeyed(Object command, String idempotencyKey, String fingerprint, HttpServletRequest request) {
        return dispatch(command, request, Optional.of(idempotencyKey), () -> fingerprint, () -> { });
    }

    private <T> ResponseEntity<T> send(Object command, HttpServletRequest request, JsonNode body,
                                       Runnable check, Supplier<ResponseEntity<T>> success) {
        dispatch(command, request, idempotencyKey(request), () -> fingerprint(request, body), check);
        return success.get();
    }

    private boolean dispatch(Object command, HttpServletRequest request, Optional<String> key,
                             Supplier<String> fingerprints, Runnable check) {
        Caller actor = Caller.current();
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(EventMetadata.ACTOR, actor.username());
        metadata.put(EventMetadata.ROLE, actor.roleNames());
        metadata.put(EventMetadata.REQUEST_ID, requestId(request));
        if (key.isPresent()) {
            String fingerprint = fingerprints.get();
            if (idempotencyKeys.alreadyRecorded(actor.username(), key.get(), fingerprint)) {
                return false;
            }
            check.run();
            metadata.put(IdempotencyKeys.KEY, key.get());
            metadata.put(IdempotencyKeys.FINGERPRINT, fingerprint);
            try {
                gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metadata)));
            } catch (DuplicateKeyException concurrentRetry) {
                if (!idempotencyKeys.alreadyRecorded(actor.username(), key.get(), fingerprint)) {
                    throw concurrentRetry;
                }
                return false;
            }
        } else {
            check.run();
            gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metadata)));
        }
        return true;
    }

    private static Optional<String> idempotencyKey(HttpServletRequest request) {
        String key = request.getHeader(IDEMPOTENCY_HEADER);
        if (key == null) {
            return Optional.empty();
        }
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw InvalidRequest.of(IDEMPOTENCY_HEADER, "must be 1 to 255 visible ASCII characters");
        }
        return Optional.of(key);
    }

    private static String requestId(HttpServletRequest request) {
        String given = request.getHeader("X-Request-Id");
        return given != null && given.matches("[A-Za-z0-9._-]{1,64}") ? given : UUID.randomUUID().toString();
    }

    private static String fingerprint(HttpServletRequest request, JsonNode body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String canonical = request.getMethod() + " " + request.getRequestURI() + "\n" + body;
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
