/** 预警: the early warnings the query side raises, filtered, and the inspectors' acknowledgement form. */
package org.fupin.ledger.console.warning;
