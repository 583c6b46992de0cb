/**
 * Infrastructure projects: proposal, approval and the rest of the lifecycle, commitments of village money,
 * payments with their fund attribution, and milestones. A project is an entity of its village's aggregate.
 */
package org.fupin.ledger.command.project;
