package org.fupin.ledger.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.project.MilestoneVerdict;

/** An inspector or finance officer records what they found of a reported milestone. */
public record VerifyMilestone(@TargetAggregateIdentifier VillageId villageId, ProjectId projectId, String milestoneId,
                              MilestoneVerdict verdict, String note) {
}
