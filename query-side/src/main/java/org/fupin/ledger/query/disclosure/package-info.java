/** The public notice of a village's money and projects for a month or a quarter (村务公开). */
package org.fupin.ledger.query.disclosure;
