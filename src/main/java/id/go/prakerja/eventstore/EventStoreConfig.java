package id.go.prakerja.eventstore;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Tuning of the event store's subscriptions and its Kafka relay. */
@ConfigMapping(prefix = "eventstore")
public interface EventStoreConfig {

    Subscriptions subscriptions();

    Relay relay();

    Connections connections();

    /** Bounds on reaching PostgreSQL, so that an outage is answered (503) instead of waited out. */
    interface Connections {

        /** How long to try to open a connection before giving up; a stopped server refuses at once. */
        @WithDefault("3s")
        Duration connectTimeout();

        /**
         * How many requests may wait for a connection of the pool when every one is busy; the next is answered 503
         * at once instead of waiting behind them.
         */
        @WithDefault("2000")
        int maxWaiting();
    }

    interface Subscriptions {

        /** Whether this instance runs subscriptions at all; REST-only replicas may switch them off. */
        @WithDefault("true")
        boolean enabled();

        /** Events read from the log per batch; one batch is one transaction of a projection. */
        @WithDefault("500")
        int batchSize();

        /**
         * Events read per batch by a subscriber that is behind and reads the log itself (catching up, rebuilding). A
         * batch's statements have a fixed cost, and a subscriber far behind has no latency to protect; but every
         * subscriber catching up holds a batch and the next one in memory, so the size is also the service's heap:
         * with 2 000 the resident size after a catch-up rose from ~335 to ~415 MiB, with 1 000 to ~360 MiB
         * (BENCHMARKS.md).
         */
        @WithDefault("1000")
        int catchUpBatchSize();

        /**
         * Newest events kept in memory for the subscribers that follow the head of the log; one further behind
         * reads the log itself. Kept short on purpose: an event held longer than a few young collections (about a
         * second under load) is promoted to the old generation, and when that fills, a full collection stops the
         * service for 100–160 ms. At 600–800 commands/s, 2 000 events (2 s) promoted 58 MiB over the command steps
         * and brought a full collection into the 800/s step; 250 (a quarter of a second) promoted 22 MiB and none
         * (BENCHMARKS.md). The subscribers at the head are milliseconds behind it, so they still read from here.
         */
        @WithDefault("250")
        int tailSize();

        /**
         * The fallback poll when no notification arrives, e.g. after a lost LISTEN connection. It also stores the
         * checkpoints of subscribers that only passed events over since their last batch.
         */
        @WithDefault("2s")
        Duration pollInterval();

        /**
         * How long an instance gathers its committed appends before it announces them, to its own subscriptions and
         * with one NOTIFY to the other instances, so that the commits of that moment are read, and handled by each
         * subscriber, as one batch: every batch costs its subscribers a transaction and its statements whatever its
         * size. It adds up to this much to the projection lag; 0 announces every commit at once. With 10 ms, a
         * command cost PostgreSQL 1.2–1.3 transactions and 7 statements instead of 2.0–2.3 and 9–11, and a third
         * less of its CPU at 500 commands/s (BENCHMARKS.md).
         */
        @WithDefault("10ms")
        Duration notificationLinger();

        /**
         * How soon to look again when committed events wait behind a transaction that is still running; such
         * transactions are usually milliseconds from their commit.
         */
        @WithDefault("10ms")
        Duration horizonRetry();

        /** How often an instance without a subscription's lease tries to take it over. */
        @WithDefault("5s")
        Duration leaseRetry();

        /** The first and the longest wait before a failed batch is tried again. */
        @WithDefault("100ms")
        Duration failureBackoff();

        @WithDefault("10s")
        Duration maxFailureBackoff();

        /**
         * After how many failures of a batch that are the events' fault (not the database's or Kafka's) it is tried
         * one event at a time, and the event that fails is parked with the later events of its stream.
         */
        @WithDefault("3")
        int parkAfter();

        /**
         * How long a stopping instance waits for its batches in flight before it gives their leases up: a batch that
         * finishes is not handled again by the next holder (a relay batch would be published twice).
         */
        @WithDefault("1s")
        Duration shutdownGrace();

        /**
         * How this instance's sessions are named in {@code pg_stat_activity} ({@code prakerja-subscriptions:<name>}),
         * so that an operator sees which instance holds which lease; a random id when not set (the pod name is a
         * good choice).
         */
        Optional<String> instanceName();
    }

    interface Relay {

        /** The topic of a stream category; {@code %s} is the category. */
        @WithDefault("%s-events.v1")
        String topicPattern();

        /** Topics of categories that do not follow the pattern, by category. */
        Map<String, String> topics();

        /** The CloudEvents {@code source} of every relayed event. */
        @WithDefault("/event-store")
        String source();
    }
}
