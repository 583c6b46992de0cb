package org.fupin.ledger.console.api;

/** An API did not answer at all (not started, stopped, or the network): shown as such, never as a 500 page. */
public class ApiUnavailable extends RuntimeException {

    private final String api;

    public ApiUnavailable(String api, Throwable cause) {
        super(api + " is not reachable", cause);
        this.api = api;
    }

    public String api() {
        return api;
    }
}
