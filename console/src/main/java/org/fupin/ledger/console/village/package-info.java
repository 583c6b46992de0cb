/** Villages: the list (a secretary's own), and one village's money per fund and its projects, now or as of a moment. */
package org.fupin.ledger.console.village;
