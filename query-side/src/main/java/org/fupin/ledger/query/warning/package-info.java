/**
 * Early warnings (预警): rules, loaded as data from a file, judged on request against the read models, and the
 * inspectors' acknowledgements of what they raise.
 */
package org.fupin.ledger.query.warning;
