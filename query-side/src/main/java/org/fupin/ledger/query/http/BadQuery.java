package org.fupin.ledger.query.http;

/** A query parameter that cannot be understood. HTTP 400. */
public class BadQuery extends RuntimeException {

    public BadQuery(String message) {
        super(message);
    }
}
