/**
 * {@code ./ledger backup} and {@code ./ledger restore}: a consistent logical copy of the ledger's schemas
 * taken from one database snapshot while the system runs, and its restore into a new data folder.
 */
package org.fupin.ledger.launcher.backup;
