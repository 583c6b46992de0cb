/** Fund sources: the list, one fund with where its money went, and the allocation form. */
package org.fupin.ledger.console.fund;
