/**
 * How the projections write: each batch of events is folded into one change per row in memory
 * ({@link org.fupin.ledger.query.projection.ProjectionRows}) and written with one statement per table at the
 * batch's commit; and every event of a village is projected on one segment
 * ({@link org.fupin.ledger.query.projection.VillageSequencing}), so segments never write the same rows.
 */
package org.fupin.ledger.query.projection;
