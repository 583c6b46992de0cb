/**
 * What every command endpoint shares: strict reading of JSON bodies, idempotency keys, the actor stamped on
 * each command, and the problem+json error contract.
 */
package org.fupin.ledger.command.http;
