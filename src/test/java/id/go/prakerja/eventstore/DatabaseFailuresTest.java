package id.go.prakerja.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.prakerja.eventstore.DatabaseFailures.Kind;
import io.smallrye.mutiny.CompositeException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void sqlStateClassesDecideTheKind() {
        assertThat(DatabaseFailures.classify(pg("22P05"))).isEqualTo(Kind.DATA);
        assertThat(DatabaseFailures.classify(pg("22021"))).isEqualTo(Kind.DATA);
        assertThat(DatabaseFailures.classify(pg("08006"))).isEqualTo(Kind.UNAVAILABLE);
        assertThat(DatabaseFailures.classify(pg("57P01"))).isEqualTo(Kind.UNAVAILABLE);
        assertThat(DatabaseFailures.classify(pg("53300"))).isEqualTo(Kind.UNAVAILABLE);
        assertThat(DatabaseFailures.classify(pg("40001"))).isEqualTo(Kind.CONTENTION);
        assertThat(DatabaseFailures.classify(pg("40P01"))).isEqualTo(Kind.CONTENTION);
        assertThat(DatabaseFailures.classify(pg("23505"))).isEqualTo(Kind.OTHER);
        assertThat(DatabaseFailures.classify(new IllegalStateException("a defect")))
                .isEqualTo(Kind.OTHER);
    }

    @Test
    void aRefusedConnectionIsUnavailableHoweverDeeplyItIsWrapped() {
        var refused = new ConnectException("Connection refused: localhost/127.0.0.1:5432");
        assertThat(DatabaseFailures.classify(new CompletionException(new RuntimeException(refused))))
                .isEqualTo(Kind.UNAVAILABLE);
        assertThat(DatabaseFailures.classify(new CompositeException(new IllegalStateException("first"), refused)))
                .isEqualTo(Kind.UNAVAILABLE);
        assertThat(DatabaseFailures.classify(ClosedConnectionException.INSTANCE))
                .isEqualTo(Kind.UNAVAILABLE);
    }

    private static PgException pg(String state) {
        return new PgException("refused", "ERROR", state, null);
    }
}
