package org.fupin.ledger.command.village;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.spring.stereotype.Aggregate;
import org.fupin.ledger.access.Caller;
import org.fupin.ledger.command.AggregateDirectory;
import org.fupin.ledger.command.CommandRefused;
import org.fupin.ledger.command.FundLots;
import org.fupin.ledger.command.SecretaryCommand;
import org.fupin.ledger.command.collective.RecordCollectiveIncome;
import org.fupin.ledger.command.collective.RecordCollectiveSpending;
import org.fupin.ledger.command.project.CommitFunds;
import org.fupin.ledger.command.project.Project;
import org.fupin.ledger.command.project.ProjectRegistration;
import org.fupin.ledger.command.project.ProposeProject;
import org.fupin.ledger.shared.EventMetadata;
import org.fupin.ledger.shared.FundAmount;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.collective.CollectiveIncomeRecorded;
import org.fupin.ledger.shared.collective.CollectiveSpendingRecorded;
import org.fupin.ledger.shared.project.FundsCommitted;
import org.fupin.ledger.shared.project.ProjectCancelled;
import org.fupin.ledger.shared.project.ProjectProposed;
import org.fupin.ledger.shared.project.ProjectStatus;
import org.fupin.ledger.shared.village.AllocationReceived;
import org.fupin.ledger.shared.village.FundsReturned;
import org.fupin.ledger.shared.village.SecretaryAssigned;
import org.fupin.ledger.shared.village.SecretaryRecalled;
import org.fupin.ledger.shared.village.VillageRegistered;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A poor village: the poverty-fund money it holds, its infrastructure projects, and its collective account.
 *
 * <p>Consistency boundary: everything a village's money rules touch at once. It never returns or commits
 * more of a fund's money than it holds; a commitment must also fit the project's budget, and a cancelled
 * project's held money comes back to the account, so projects are entities inside this aggregate
 * ({@link Project}). The collective account never goes below zero. Allocations arrive through the
 * allocation relay and are credited once per fund and allocation id, however often they are delivered.
 */
@Aggregate(cache = "ledgerAggregateCache", snapshotTriggerDefinition = "longLivedAggregateSnapshots")
public class Village {

    @AggregateIdentifier
    private VillageId villageId;
    private FundLots account;
    private Money collectiveBalance;
    private Set<String> receivedAllocations;
    private Set<String> returnIds;
    private Set<String> collectiveEntryIds;
    private Set<String> secretaries;

    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<ProjectId, Project> projects;

    protected Village() {
    }

    @CommandHandler
    public Village(RegisterVillage command) {
        apply(new VillageRegistered(command.villageId(), command.name(), command.town(), command.county(),
                command.povertyHouseholds(), command.province()));
    }

    /**
     * A First Secretary acts for their own villages only. The sender's roles are read from the metadata as a
     * set ({@link Caller#recorded}) and judged by {@link Caller#mayWriteInVillage}: a {@link SecretaryCommand}
     * from anyone holding SECRETARY who is not assigned here is refused (403) before it is handled, whatever
     * other roles they hold; a caller whose only role is SECRETARY is refused any command here.
     */
    @CommandHandlerInterceptor
    public Object onlyItsOwnSecretaries(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        MetaData sent = command.getMetaData();
        Caller sender = Caller.recorded(String.valueOf(sent.get(EventMetadata.ACTOR)),
                Objects.toString(sent.get(EventMetadata.ROLE), null));
        if (!sender.mayWriteInVillage(command.getPayload() instanceof SecretaryCommand,
                secretaries.contains(sender.username()))) {
            throw CommandRefused.forbidden("NOT_YOUR_VILLAGE", "Secretary " + sender.username()
                    + " is not assigned to village " + villageId.value());
        }
        return chain.proceed();
    }

    @CommandHandler
    public void handle(AssignSecretary command) {
        if (secretaries.contains(command.username())) {
            throw CommandRefused.rule("SECRETARY_ALREADY_ASSIGNED", command.username()
                    + " is already a First Secretary of village " + villageId.value());
        }
        apply(new SecretaryAssigned(villageId, command.username(), command.name(), command.dispatchingUnit(),
                command.since()));
    }

    @CommandHandler
    public void handle(RecallSecretary command) {
        if (!secretaries.contains(command.username())) {
            throw CommandRefused.rule("SECRETARY_NOT_ASSIGNED", command.username()
                    + " is not a First Secretary of village " + villageId.value());
        }
        apply(new SecretaryRecalled(villageId, command.username(), command.date(), command.reason()));
    }

    /** Idempotent: an allocation already credited is ignored, so the relay may deliver it again. */
    @CommandHandler
    public void handle(ReceiveAllocation command) {
        if (!receivedAllocations.contains(allocationKey(command.fundId().value(), command.allocationId()))) {
            apply(new AllocationReceived(villageId, command.fundId(), command.allocationId(), command.amount(),
                    command.purpose(), command.documentNo(), command.effectiveDate()));
        }
    }

    @CommandHandler
    public void handle(ReturnFunds command, AggregateDirectory directory) {
        if (returnIds.contains(command.returnId())) {
            throw CommandRefused.duplicate("return", command.returnId());
        }
        if (!directory.exists(command.fundId())) {
            throw CommandRefused.notFound("fund", command.fundId().value());
        }
        requireHeld(List.of(new FundAmount(command.fundId(), command.amount())));
        apply(new FundsReturned(villageId, command.returnId(), command.fundId(), command.amount(),
                command.reason(), command.effectiveDate()));
    }

    @CommandHandler
    public void handle(ProposeProject command, ProjectRegistration registration) {
        registration.register(command.projectId(), villageId);
        apply(new ProjectProposed(villageId, command.projectId(), command.type(), command.name(), command.budget(),
                command.plannedStart(), command.plannedEnd(), command.spec()));
    }

    /** Takes village money for a project: from one fund when named, else the oldest money first. */
    @CommandHandler
    public void handle(CommitFunds command) {
        project(command.projectId()).checkCommitment(command.commitmentId(), command.amount());
        List<FundAmount> splits;
        if (command.fundId() != null) {
            splits = List.of(new FundAmount(command.fundId(), command.amount()));
            requireHeld(splits);
        } else {
            Money total = account.total();
            if (command.amount().isGreaterThan(total)) {
                throw CommandRefused.rule("INSUFFICIENT_VILLAGE_BALANCE", "Village " + villageId.value()
                        + " holds only " + total + "; cannot commit " + command.amount());
            }
            splits = account.oldestFirst(command.amount());
        }
        apply(new FundsCommitted(villageId, command.projectId(), command.commitmentId(), command.amount(), splits,
                command.effectiveDate()));
    }

    @CommandHandler
    public void handle(RecordCollectiveIncome command) {
        requireNewCollectiveEntry(command.incomeId());
        if (command.assetProjectId() != null) {
            Project asset = projects.get(command.assetProjectId());
            if (asset == null || !(asset.status() == ProjectStatus.COMPLETED
                    || asset.status() == ProjectStatus.ACCEPTED)) {
                throw CommandRefused.rule("ASSET_PROJECT_NOT_EARNING", "Income can only name a COMPLETED or "
                        + "ACCEPTED project of village " + villageId.value() + "; '"
                        + command.assetProjectId().value() + "' is "
                        + (asset == null ? "not one of its projects" : asset.status()));
            }
        }
        apply(new CollectiveIncomeRecorded(villageId, command.incomeId(), command.amount(), command.category(),
                command.assetProjectId(), command.period(), command.receiptNo(), command.effectiveDate()));
    }

    @CommandHandler
    public void handle(RecordCollectiveSpending command) {
        requireNewCollectiveEntry(command.spendingId());
        if (command.amount().isGreaterThan(collectiveBalance)) {
            throw CommandRefused.rule("INSUFFICIENT_COLLECTIVE_BALANCE", "The collective account of village "
                    + villageId.value() + " holds only " + collectiveBalance + "; cannot spend " + command.amount());
        }
        apply(new CollectiveSpendingRecorded(villageId, command.spendingId(), command.amount(), command.purpose(),
                command.note(), command.effectiveDate()));
    }

    private Project project(ProjectId projectId) {
        Project project = projects.get(projectId);
        if (project == null) {
            throw CommandRefused.notFound("project", projectId.value());
        }
        return project;
    }

    private void requireHeld(List<FundAmount> parts) {
        for (FundAmount part : parts) {
            Money held = account.available(part.fundId());
            if (part.amount().isGreaterThan(held)) {
                throw CommandRefused.rule("INSUFFICIENT_VILLAGE_BALANCE", "Village " + villageId.value()
                        + " holds only " + held + " of fund " + part.fundId().value() + "; cannot take "
                        + part.amount());
            }
        }
    }

    private void requireNewCollectiveEntry(String entryId) {
        if (collectiveEntryIds.contains(entryId)) {
            throw CommandRefused.duplicate("collective account entry", entryId);
        }
    }

    @EventSourcingHandler
    void on(VillageRegistered event) {
        villageId = event.villageId();
        account = new FundLots();
        collectiveBalance = Money.ZERO;
        receivedAllocations = new HashSet<>();
        returnIds = new HashSet<>();
        collectiveEntryIds = new HashSet<>();
        secretaries = new HashSet<>();
        projects = new HashMap<>();
    }

    @EventSourcingHandler
    void on(SecretaryAssigned event) {
        secretaries.add(event.username());
    }

    @EventSourcingHandler
    void on(SecretaryRecalled event) {
        secretaries.remove(event.username());
    }

    @EventSourcingHandler
    void on(AllocationReceived event) {
        receivedAllocations.add(allocationKey(event.fundId().value(), event.allocationId()));
        account.credit(event.fundId(), event.amount());
    }

    @EventSourcingHandler
    void on(FundsReturned event) {
        returnIds.add(event.returnId());
        account.debit(List.of(new FundAmount(event.fundId(), event.amount())));
    }

    @EventSourcingHandler
    void on(ProjectProposed event) {
        projects.put(event.projectId(), new Project(event));
    }

    @EventSourcingHandler
    void on(FundsCommitted event) {
        account.debit(event.splits());
    }

    @EventSourcingHandler
    void on(ProjectCancelled event) {
        account.credit(event.released());
    }

    @EventSourcingHandler
    void on(CollectiveIncomeRecorded event) {
        collectiveEntryIds.add(event.incomeId());
        collectiveBalance = collectiveBalance.plus(event.amount());
    }

    @EventSourcingHandler
    void on(CollectiveSpendingRecorded event) {
        collectiveEntryIds.add(event.spendingId());
        collectiveBalance = collectiveBalance.minus(event.amount());
    }

    private static String allocationKey(String fundId, String allocationId) {
        return fundId + "/" + allocationId;
    }
}
