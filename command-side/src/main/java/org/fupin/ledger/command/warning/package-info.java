/** Early warnings (预警): an inspector's acknowledgement of a warning the query side raised, as an event. */
package org.fupin.ledger.command.warning;
