package id.go.prakerja.bench;

import static id.go.prakerja.bench.Clients.await;

import io.vertx.sqlclient.Pool;

/**
 * What PostgreSQL says about its own work, from its statistics views: where a phase's time went in the database, and
 * whether its background work lines up with latency spikes.
 */
record PostgresStatistics(Pool pool, Report report) {

    /**
     * Begins the harness's own statements during the load (the projection-lag probe), which the per-append counts leave
     * out; pg_stat_statements keeps a statement's leading comment.
     */
    static final String HARNESS = "/* harness */ ";

    /** pg_stat_statements, which the server preloads; the schema's migrations know nothing of it. */
    void enable() throws Exception {
        await(pool.query("create extension if not exists pg_stat_statements").execute());
    }

    String settings() throws Exception {
        var rows = await(pool.query("select string_agg(name || '=' || setting, ', ' order by name) as settings"
                        + " from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes',"
                        + " 'shared_buffers', 'max_connections')")
                .execute());
        return rows.iterator().next().getString("settings");
    }

    /**
     * PostgreSQL's own background work so far: checkpoints, and autovacuum/autoanalyze runs. Counted per command step
     * to see whether latency spikes line up with them.
     */
    long[] background() throws Exception {
        var row = await(pool.query("select (select num_timed + num_requested from pg_stat_checkpointer) as checkpoints,"
                                + " (select coalesce(sum(autovacuum_count + autoanalyze_count), 0)"
                                + " from pg_stat_user_tables) as autovacuums")
                        .execute())
                .iterator()
                .next();
        return new long[] {row.getLong("checkpoints"), row.getLong("autovacuums")};
    }

    /** Statement and transaction counters start again, so that a phase's totals are its own. */
    void reset() throws Exception {
        await(pool.query("select pg_stat_statements_reset(), pg_stat_reset()").execute());
    }

    /** Where PostgreSQL spent its time: the statements with the most total execution time since the last reset. */
    void topStatements(String when) throws Exception {
        var rows = await(pool.query("select calls, round(total_exec_time::numeric, 0) as total_ms,"
                        + " round(mean_exec_time::numeric, 3) as mean_ms, rows,"
                        + " left(regexp_replace(query, '\\s+', ' ', 'g'), 140) as query"
                        + " from pg_stat_statements order by total_exec_time desc limit 8")
                .execute());
        report.line("PostgreSQL statements with the most execution time " + when + " (pg_stat_statements):");
        report.line("");
        report.line("| calls | total ms | mean ms | rows | statement |");
        report.line("| ---: | ---: | ---: | ---: | --- |");
        for (var row : rows) {
            report.line(String.format(
                    "| %d | %s | %s | %d | `%s` |",
                    row.getLong("calls"),
                    row.getValue("total_ms"),
                    row.getValue("mean_ms"),
                    row.getLong("rows"),
                    row.getString("query").replace("|", "\\|")));
        }
        report.line("");
        // Per command: its statements and transactions, with everything they set off (subscriptions, relay), without
        // the harness's probes (each one a transaction of its own).
        var totals = await(pool.query("select (select sum(calls) from pg_stat_statements"
                                + "  where query not like '" + HARNESS + "%') as calls,"
                                + " (select coalesce(sum(calls), 0) from pg_stat_statements"
                                + "  where query like '" + HARNESS + "%') as probes,"
                                + " (select round(sum(total_exec_time)::numeric, 0) from pg_stat_statements"
                                + "  where query not like '" + HARNESS + "%') as ms,"
                                + " (select coalesce(sum(calls), 0) from pg_stat_statements"
                                + "  where query like 'insert into events %')"
                                + " as appends,"
                                + " (select xact_commit from pg_stat_database where datname = current_database())"
                                + " as transactions")
                        .execute())
                .iterator()
                .next();
        long appends = totals.getLong("appends");
        long transactions = totals.getLong("transactions") - totals.getLong("probes");
        report.line(String.format(
                "Every statement together: %d calls, %s ms of execution (the harness's %d probes apart); %d"
                        + " transactions committed%s.",
                totals.getLong("calls"),
                totals.getValue("ms"),
                totals.getLong("probes"),
                transactions,
                appends == 0
                        ? ""
                        : String.format(
                                "; per append to the log: %.1f statements, %.1f transactions",
                                (double) totals.getLong("calls") / appends, (double) transactions / appends)));
        report.line("");
    }
}
