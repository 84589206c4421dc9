package id.go.prakerja.eventstore;

import id.go.prakerja.eventstore.personal.DataKeys;
import id.go.prakerja.eventstore.personal.SubjectKey;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** Attaches to read events the keys of their data subjects, one lookup for all the subjects of a batch. */
final class SubjectKeys {

    private final DataKeys dataKeys;

    SubjectKeys(DataKeys dataKeys) {
        this.dataKeys = dataKeys;
    }

    /**
     * Each event whose payload was read and holds personal data, with its subject's key: erased when the key was
     * destroyed or never made, so that the sealed values read as null.
     */
    Uni<List<RecordedEvent>> attach(SqlClient client, List<RecordedEvent> events) {
        var subjects = new HashSet<UUID>();
        for (var event : events) {
            if (event.dataSubject() != null && event.payload() != null) {
                subjects.add(event.dataSubject());
            }
        }
        if (subjects.isEmpty()) {
            return Uni.createFrom().item(events);
        }
        return dataKeys.forReading(client, subjects).map(keys -> {
            var keyed = new ArrayList<RecordedEvent>(events.size());
            for (var event : events) {
                var subject = event.dataSubject();
                keyed.add(
                        subject == null || event.payload() == null
                                ? event
                                : event.withKey(keys.getOrDefault(subject, SubjectKey.erased(subject))));
            }
            return keyed;
        });
    }
}
