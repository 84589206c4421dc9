package id.go.prakerja.batch;

import id.go.prakerja.batch.BatchCommand.OpenBatch;
import id.go.prakerja.batch.BatchCommand.ReceiveApplication;
import id.go.prakerja.batch.BatchCommand.Select;
import id.go.prakerja.batch.BatchEvent.ApplicationReceived;
import id.go.prakerja.batch.BatchEvent.BatchOpened;
import id.go.prakerja.batch.BatchEvent.SelectionMade;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The rules of a batch. Selection takes applicants by priority group (laid-off workers and micro and small business
 * owners first), then by application time, and breaks exact ties by a seeded hash of the participant id, so the same
 * seed always gives the same, explainable result.
 */
public final class BatchDecider {

    private BatchDecider() {}

    public static Decision<BatchEvent> decide(BatchCommand command, BatchState state) {
        if (command instanceof OpenBatch open) {
            if (state.exists()) {
                return Decision.reject(Rule.BATCH_EXISTS);
            }
            if (open.quota() < 1) {
                return Decision.reject(Rule.BATCH_QUOTA_POSITIVE);
            }
            if (!open.opensAt().isBefore(open.closesAt())) {
                return Decision.reject(Rule.BATCH_CLOSES_AFTER_OPENING);
            }
            return Decision.accept(new BatchOpened(
                    open.batchId(), open.name(), open.quota(), open.opensAt(), open.closesAt(), open.now()));
        }
        if (!state.exists()) {
            return Decision.reject(Rule.BATCH_NOT_FOUND);
        }
        if (command instanceof ReceiveApplication application) {
            if (state.applicants().stream().anyMatch(a -> a.participantId().equals(application.participantId()))) {
                return Decision.accept(List.of());
            }
            return state.acceptsApplications(application.now())
                    ? Decision.accept(new ApplicationReceived(
                            application.participantId(), application.priorityGroup(), application.now()))
                    : Decision.reject(Rule.BATCH_NOT_OPEN);
        }
        if (command instanceof Select select) {
            if (state.selectionMade()) {
                return Decision.reject(Rule.BATCH_ALREADY_SELECTED);
            }
            var ranked = new ArrayList<>(state.applicants());
            ranked.sort(Comparator.comparingInt(BatchState.Applicant::priorityGroup)
                    .thenComparing(BatchState.Applicant::appliedAt)
                    .thenComparingLong(applicant -> tieBreak(select.seed(), applicant.participantId())));
            int cut = Math.min(state.quota(), ranked.size());
            return Decision.accept(new SelectionMade(
                    ranked.subList(0, cut).stream()
                            .map(BatchState.Applicant::participantId)
                            .toList(),
                    ranked.subList(cut, ranked.size()).stream()
                            .map(BatchState.Applicant::participantId)
                            .toList(),
                    select.seed(),
                    select.now()));
        }
        throw new IllegalArgumentException(
                "Unhandled command " + command.getClass().getSimpleName());
    }

    public static BatchState evolve(BatchState state, BatchEvent event) {
        if (event instanceof BatchOpened opened) {
            return new BatchState(
                    opened.batchId(),
                    opened.name(),
                    opened.quota(),
                    opened.opensAt(),
                    opened.closesAt(),
                    List.of(),
                    false,
                    List.of());
        }
        if (event instanceof ApplicationReceived received) {
            var applicants = new ArrayList<>(state.applicants());
            applicants.add(
                    new BatchState.Applicant(received.participantId(), received.priorityGroup(), received.appliedAt()));
            return new BatchState(
                    state.batchId(),
                    state.name(),
                    state.quota(),
                    state.opensAt(),
                    state.closesAt(),
                    applicants,
                    false,
                    state.ranking());
        }
        if (event instanceof SelectionMade selection) {
            var ranking = new ArrayList<>(selection.selected());
            ranking.addAll(selection.notSelected());
            return new BatchState(
                    state.batchId(),
                    state.name(),
                    state.quota(),
                    state.opensAt(),
                    state.closesAt(),
                    state.applicants(),
                    true,
                    List.copyOf(ranking));
        }
        return state;
    }

    /** A stable 64-bit mix (SplitMix64's finaliser) of the seed and the id: same inputs, same order. */
    static long tieBreak(long seed, UUID participantId) {
        long z = seed
                ^ participantId.getMostSignificantBits()
                ^ Long.rotateLeft(participantId.getLeastSignificantBits(), 32);
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
