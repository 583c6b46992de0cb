/**
 * Value types every event and both sides of the ledger speak in: {@link org.fupin.ledger.shared.Money}
 * and the typed ids. Events live in the feature sub-packages.
 */
package org.fupin.ledger.shared;
