/**
 * The public notice (村务公开) for villagers, without signing in: the sheet as the query side's public endpoint
 * serves it, and a check of its integrity head against the current chain.
 */
package org.fupin.ledger.console.publication;
