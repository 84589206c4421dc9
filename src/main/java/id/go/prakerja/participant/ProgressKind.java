package id.go.prakerja.participant;

/** What a training platform reports about a purchase. */
public enum ProgressKind {
    MODULE_COMPLETED,
    EXAM_PASSED,
    EXAM_FAILED,
    TRAINING_COMPLETED
}
