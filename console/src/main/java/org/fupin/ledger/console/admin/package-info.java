/** For administrators: the projections' positions and lag, and a rebuild followed until it is done. */
package org.fupin.ledger.console.admin;
