package id.go.prakerja.eventstore.subscription;

/** The checkpoint is no longer where the subscriber read from: a rebuild reset it or another instance moved it. */
public class CheckpointMoved extends RuntimeException {

    public CheckpointMoved(String subscription) {
        super("Checkpoint of " + subscription + " moved underneath this batch; it is read again");
    }
}
