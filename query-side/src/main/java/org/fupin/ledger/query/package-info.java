/**
 * The query side of Fupin Ledger: one package per read model ({@code fund}, {@code village}, {@code report}),
 * each with its projection, view and controller side by side.
 */
package org.fupin.ledger.query;
