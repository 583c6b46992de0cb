/** Tamper evidence: a keyed hash chain sealed over every stored event, and its verification. */
package org.fupin.ledger.query.integrity;
