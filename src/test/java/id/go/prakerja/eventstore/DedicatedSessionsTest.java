package id.go.prakerja.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The connections outside the pool must honour the whole datasource configuration, not only its URL. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DedicatedSessionsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String CONFIGURED_NAME = "prakerja-platform";
    private static final String APPLICATION_NAME = "select current_setting('application_name') as name";

    @Inject
    DedicatedSessions sessions;

    @Inject
    Pool pool;

    @Test
    void aSessionAndThePipelinedClientConnectWithThePoolsSettings() {
        assertThat(applicationName(pool)).isEqualTo(CONFIGURED_NAME);

        var session = sessions.connect().await().atMost(TIMEOUT);
        try {
            assertThat(applicationName(session)).isEqualTo(CONFIGURED_NAME);
        } finally {
            session.close().await().atMost(TIMEOUT);
        }

        var pipelined = sessions.pipelinedClient(1);
        try {
            assertThat(applicationName(pipelined)).isEqualTo(CONFIGURED_NAME);
        } finally {
            pipelined.close().await().atMost(TIMEOUT);
        }
    }

    @Test
    void theListeningSessionsConnectWithThePoolsSettings() {
        await().atMost(TIMEOUT).until(() -> !listeningApplicationNames().isEmpty());

        assertThat(listeningApplicationNames()).containsOnly(CONFIGURED_NAME);
    }

    private List<String> listeningApplicationNames() {
        var names = new ArrayList<String>();
        for (Row row : pool.query("select application_name from pg_stat_activity where query ilike 'listen %'")
                .execute()
                .await()
                .atMost(TIMEOUT)) {
            names.add(row.getString("application_name"));
        }
        return names;
    }

    private static String applicationName(SqlClient client) {
        return client.query(APPLICATION_NAME)
                .execute()
                .await()
                .atMost(TIMEOUT)
                .iterator()
                .next()
                .getString("name");
    }
}
