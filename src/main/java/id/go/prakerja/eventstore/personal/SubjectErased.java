package id.go.prakerja.eventstore.personal;

import java.util.UUID;

/**
 * Personal data was to be written for a subject whose key was destroyed: an erased subject's data is never written
 * again, so the write is refused, not sealed under some other key.
 */
public class SubjectErased extends RuntimeException {

    private final UUID subject;

    public SubjectErased(UUID subject) {
        super("The data subject's key was destroyed");
        this.subject = subject;
    }

    public UUID subject() {
        return subject;
    }
}
