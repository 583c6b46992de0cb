/** Framework wiring of the query side. */
package org.fupin.ledger.query.config;
