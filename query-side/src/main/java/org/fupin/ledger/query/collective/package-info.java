/** The collective-economy read model: income and spending entries of each village's collective account. */
package org.fupin.ledger.query.collective;
