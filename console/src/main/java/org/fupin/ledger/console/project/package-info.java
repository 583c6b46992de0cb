/** Projects: cards with progress and flags, and the milestone report a First Secretary sends from a phone. */
package org.fupin.ledger.console.project;
