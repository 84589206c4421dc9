package id.go.prakerja.journey;

/** What a training platform reports about a purchase. */
public enum ProgressKind {
    MODULE_COMPLETED,
    EXAM_PASSED,
    EXAM_FAILED,
    TRAINING_COMPLETED
}
