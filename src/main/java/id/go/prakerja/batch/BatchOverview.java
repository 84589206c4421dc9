package id.go.prakerja.batch;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A batch as operators see it; written by {@link BatchOverviewProjection} only. */
@Entity
@Table(name = "batch_overview")
public class BatchOverview extends PanacheEntityBase {

    @Id
    @Column(name = "batch_id")
    public UUID batchId;

    public String name;

    public int quota;

    @Column(name = "opens_at")
    public Instant opensAt;

    @Column(name = "closes_at")
    public Instant closesAt;

    public String status;

    public int applicants;

    public int selected;

    public long version;
}
