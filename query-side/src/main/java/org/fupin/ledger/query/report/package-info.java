/** Reports across all funds and villages, starting with the trial balance. */
package org.fupin.ledger.query.report;
