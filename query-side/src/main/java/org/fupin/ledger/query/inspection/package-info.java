/** Looking back at a village: its history, its state at any past moment, and what changed between two. */
package org.fupin.ledger.query.inspection;
