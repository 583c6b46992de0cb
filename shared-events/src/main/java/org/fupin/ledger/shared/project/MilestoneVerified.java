package org.fupin.ledger.shared.project;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

/**
 * An inspector or finance officer, not the one who reported it, checked a milestone. A project's verified
 * progress is the highest {@code progressPercent} among its CONFIRMED milestones; payments may not run ahead
 * of it by more than the configured advance (reimbursement by progress, 报账制).
 */
@Revision("1")
public record MilestoneVerified(VillageId villageId, ProjectId projectId, String milestoneId, MilestoneVerdict verdict,
                                int progressPercent, String verifiedBy, String note) implements VillageEvent {
}
