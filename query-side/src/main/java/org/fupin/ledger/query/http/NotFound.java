package org.fupin.ledger.query.http;

/** The query names something the read models do not hold. HTTP 404. */
public class NotFound extends RuntimeException {

    private final String code;

    public NotFound(String what, String id) {
        super("No " + what + " with id '" + id + "'");
        this.code = what.toUpperCase() + "_NOT_FOUND";
    }

    public String code() {
        return code;
    }
}
