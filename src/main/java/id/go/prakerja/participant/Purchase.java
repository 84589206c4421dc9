package id.go.prakerja.participant;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** One purchased training in a participant's state. */
public record Purchase(
        UUID purchaseId,
        UUID trainingId,
        long price,
        Instant purchasedAt,
        int moduleCount,
        Set<Integer> modulesCompleted,
        boolean examPassed,
        Status status,
        String certificateNumber,
        boolean reviewed) {

    /** A purchase is active until it is cancelled or completed. */
    public enum Status {
        ACTIVE,
        CANCELLED,
        COMPLETED
    }

    public Purchase {
        modulesCompleted = Set.copyOf(modulesCompleted);
    }

    public boolean readyToComplete() {
        return status == Status.ACTIVE && examPassed && modulesCompleted.size() >= moduleCount;
    }

    Purchase withModule(int moduleNo) {
        var modules = new java.util.HashSet<>(modulesCompleted);
        modules.add(moduleNo);
        return new Purchase(
                purchaseId,
                trainingId,
                price,
                purchasedAt,
                moduleCount,
                modules,
                examPassed,
                status,
                certificateNumber,
                reviewed);
    }

    Purchase withExamPassed() {
        return new Purchase(
                purchaseId,
                trainingId,
                price,
                purchasedAt,
                moduleCount,
                modulesCompleted,
                true,
                status,
                certificateNumber,
                reviewed);
    }

    Purchase withStatus(Status next) {
        return new Purchase(
                purchaseId,
                trainingId,
                price,
                purchasedAt,
                moduleCount,
                modulesCompleted,
                examPassed,
                next,
                certificateNumber,
                reviewed);
    }

    Purchase withCertificate(String number) {
        return new Purchase(
                purchaseId,
                trainingId,
                price,
                purchasedAt,
                moduleCount,
                modulesCompleted,
                examPassed,
                status,
                number,
                reviewed);
    }

    Purchase reviewedNow() {
        return new Purchase(
                purchaseId,
                trainingId,
                price,
                purchasedAt,
                moduleCount,
                modulesCompleted,
                examPassed,
                status,
                certificateNumber,
                true);
    }
}
