package id.go.prakerja.journey;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The status projection's row of one participant; written by {@link ParticipantOverviewProjection} only. */
@Entity
@Table(name = "participant_overview")
public class ParticipantOverview extends PanacheEntityBase {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    public String status;

    @Column(name = "status_before_freeze")
    public String statusBeforeFreeze;

    public String email;

    @Column(name = "full_name")
    public String fullName;

    public String nik;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "batch_id")
    public UUID batchId;

    @Column(name = "card_number")
    public String cardNumber;

    public String scheme;

    public long balance;

    @Column(name = "purchase_deadline")
    public Instant purchaseDeadline;

    @Column(name = "reminder_sent")
    public boolean reminderSent;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public long version;
}
