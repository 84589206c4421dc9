package id.go.prakerja.eventstore;

import com.fasterxml.jackson.core.JacksonException;
import io.smallrye.mutiny.CompositeException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * What a failure says about the database, decided once for everything that talks to it (requests, subscriptions,
 * partner channels): SQLSTATE classes for PostgreSQL's own errors, the connection's exceptions for the rest.
 */
public final class DatabaseFailures {

    /** How a failure should be treated. */
    public enum Kind {
        /** The values cannot be stored (SQLSTATE class 22, a NUL in a text, a number out of range): never retry. */
        DATA,
        /**
         * The database cannot be reached or is shutting down (class 08, 53, 57P, 58; a refused, reset or closed
         * connection).
         */
        UNAVAILABLE,
        /** Another transaction was in the way (serialization failure, deadlock, lock or statement timeout): retry. */
        CONTENTION,
        /** Anything else: a defect, or a rule of the database such as a unique key. */
        OTHER
    }

    /** Vert.x's timeout of a connection attempt, named because it lives in an internal package that may move. */
    private static final String CONNECT_TIMEOUT = "io.vertx.core.impl.NoStackTraceTimeoutException";

    /**
     * What the SQL client says of a statement sent on a connection the server has closed: a bare throwable, known only
     * by its text.
     */
    private static final String INACTIVE_CONNECTION = "Connection is not active now";

    private DatabaseFailures() {}

    public static Kind classify(Throwable failure) {
        var seen = new HashSet<Throwable>();
        var pending = new ArrayDeque<Throwable>();
        pending.add(failure);
        while (!pending.isEmpty()) {
            var current = pending.poll();
            if (!seen.add(current)) {
                continue;
            }
            var kind = kindOf(current);
            if (kind != Kind.OTHER) {
                return kind;
            }
            addCauses(current, pending, seen);
        }
        return Kind.OTHER;
    }

    public static boolean isUnavailable(Throwable failure) {
        return classify(failure) == Kind.UNAVAILABLE;
    }

    private static Kind kindOf(Throwable failure) {
        if (failure instanceof PgException pg && pg.getSqlState() != null) {
            return ofSqlState(pg.getSqlState());
        }
        // A refused, reset or broken connection; JSON that cannot be read is an I/O failure to Jackson, not to us.
        if ((failure instanceof IOException && !(failure instanceof JacksonException))
                || failure instanceof TimeoutException
                || failure instanceof ClosedConnectionException
                || failure instanceof ConnectionPoolTooBusyException
                || CONNECT_TIMEOUT.equals(failure.getClass().getName())
                || String.valueOf(failure.getMessage()).startsWith(INACTIVE_CONNECTION)) {
            return Kind.UNAVAILABLE;
        }
        return Kind.OTHER;
    }

    static Kind ofSqlState(String state) {
        if (state.startsWith("22")) {
            return Kind.DATA;
        }
        if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P") || state.startsWith("58")) {
            return Kind.UNAVAILABLE;
        }
        // Serialization failures and deadlocks (40), a lock not granted (55P03), a statement cancelled by its timeout.
        if (state.startsWith("40") || state.equals("55P03") || state.equals("57014")) {
            return Kind.CONTENTION;
        }
        return Kind.OTHER;
    }

    private static void addCauses(Throwable failure, ArrayDeque<Throwable> pending, Set<Throwable> seen) {
        if (failure instanceof CompositeException composite) {
            composite.getCauses().stream()
                    .filter(cause -> !seen.contains(cause))
                    .forEach(pending::add);
        }
        if (failure.getCause() != null) {
            pending.add(failure.getCause());
        }
    }
}
