/** Villages: registering them, crediting allocations to their account, and returning unspent money. */
package org.fupin.ledger.command.village;
