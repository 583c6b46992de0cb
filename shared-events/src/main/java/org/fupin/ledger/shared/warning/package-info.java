/** Early warnings (预警): what an inspector records about a warning the query side raised. */
package org.fupin.ledger.shared.warning;
