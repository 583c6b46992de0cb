/** The problem+json error contract of the query side. */
package org.fupin.ledger.query.http;
