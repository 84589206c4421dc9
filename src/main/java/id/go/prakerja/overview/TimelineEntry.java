package id.go.prakerja.overview;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One line of a participant's timeline; written by {@link ParticipantOverviewProjection} only. */
@Entity
@Table(name = "participant_timeline")
@IdClass(TimelineEntry.Key.class)
public class TimelineEntry extends PanacheEntityBase {

    /** The composite key: a participant's stream version. */
    public record Key(UUID participantId, long version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Id
    public long version;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "summary_id")
    public String summaryId;

    @Column(name = "summary_en")
    public String summaryEn;
}
