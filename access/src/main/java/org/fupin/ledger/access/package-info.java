/**
 * Who may use the ledger: the four roles, how users prove who they are (HTTP Basic with local users, or
 * JWTs from an identity provider), and the 401/403 problem answers. Both apps share it; each states its own
 * rules per endpoint.
 */
package org.fupin.ledger.access;
