/** The village read model: a village's poverty-fund money in total and per fund source. */
package org.fupin.ledger.query.village;
