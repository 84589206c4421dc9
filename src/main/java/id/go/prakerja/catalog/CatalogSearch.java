package id.go.prakerja.catalog;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Searching the catalog: filters, Indonesian full-text search and keyset ("cursor") pagination, so that a page deep
 * in the results costs the same as the first.
 */
@ApplicationScoped
public class CatalogSearch {

    /** The orders a search can be sorted in; each is a stable keyset with the training id as tie-break. */
    public enum Sort {
        PRICE_ASC("price", "asc"),
        PRICE_DESC("price", "desc"),
        RATING("rating_average", "desc"),
        NEWEST("published_at", "desc");

        final String column;
        final String direction;

        Sort(String column, String direction) {
            this.column = column;
            this.direction = direction;
        }
    }

    public record Criteria(
            TrainingDetails.Category category,
            String platform,
            String provider,
            Long minPrice,
            Long maxPrice,
            Integer minHours,
            Integer maxHours,
            BigDecimal minRating,
            String text,
            Sort sort,
            String cursor,
            int limit) {}

    public record TrainingSummary(
            UUID trainingId,
            String title,
            String description,
            String category,
            String platform,
            String provider,
            long price,
            int durationHours,
            String delivery,
            List<String> modules,
            String certificateType,
            BigDecimal ratingAverage,
            int reviewCount,
            Instant publishedAt) {}

    public record Page(List<TrainingSummary> items, String nextCursor) {}

    /** A cursor that cannot be read. */
    public static class InvalidCursor extends IllegalArgumentException {
        public InvalidCursor() {
            super("The cursor is not one this service gave out");
        }
    }

    private final Pool pool;

    public CatalogSearch(Pool pool) {
        this.pool = pool;
    }

    public Uni<Page> search(Criteria criteria) {
        var sort = criteria.sort() == null ? Sort.NEWEST : criteria.sort();
        var arguments = new ArrayList<Object>();
        var where = new ArrayList<String>(List.of("published"));
        filter(
                where,
                arguments,
                "category = $%d",
                criteria.category() == null ? null : criteria.category().name());
        filter(where, arguments, "platform_code = $%d", criteria.platform());
        filter(where, arguments, "lower(provider) = lower($%d)", criteria.provider());
        filter(where, arguments, "price >= $%d", criteria.minPrice());
        filter(where, arguments, "price <= $%d", criteria.maxPrice());
        filter(where, arguments, "duration_hours >= $%d", criteria.minHours());
        filter(where, arguments, "duration_hours <= $%d", criteria.maxHours());
        filter(where, arguments, "rating_average >= $%d", criteria.minRating());
        filter(where, arguments, "search @@ websearch_to_tsquery('indonesian', $%d)", blankToNull(criteria.text()));
        if (criteria.cursor() != null && !criteria.cursor().isBlank()) {
            var cursor = decode(criteria.cursor(), sort);
            arguments.add(cursor.value());
            arguments.add(cursor.trainingId());
            where.add("(" + sort.column + ", training_id) " + (sort.direction.equals("asc") ? ">" : "<") + " ($"
                    + (arguments.size() - 1) + ", $" + arguments.size() + ")");
        }
        arguments.add(criteria.limit() + 1);
        var sql = "select * from training_catalog where " + String.join(" and ", where) + " order by " + sort.column
                + " " + sort.direction + ", training_id " + sort.direction + " limit $" + arguments.size();
        return pool.preparedQuery(sql).execute(Tuple.from(arguments)).map(rows -> {
            var items = new ArrayList<TrainingSummary>();
            Row last = null;
            for (var row : rows) {
                if (items.size() == criteria.limit()) {
                    break;
                }
                items.add(summary(row));
                last = row;
            }
            var next = rows.rowCount() > criteria.limit() && last != null ? encode(sort, last) : null;
            return new Page(items, next);
        });
    }

    static TrainingSummary summary(Row row) {
        var modules = new ArrayList<String>();
        ((JsonArray) row.getValue("modules")).forEach(module -> modules.add((String) module));
        return new TrainingSummary(
                row.getUUID("training_id"),
                row.getString("title"),
                row.getString("description"),
                row.getString("category"),
                row.getString("platform_code"),
                row.getString("provider"),
                row.getLong("price"),
                row.getInteger("duration_hours"),
                row.getString("delivery"),
                modules,
                row.getString("certificate_type"),
                row.getBigDecimal("rating_average"),
                row.getInteger("review_count"),
                row.getOffsetDateTime("published_at").toInstant());
    }

    private static void filter(List<String> where, List<Object> arguments, String condition, Object value) {
        if (value != null) {
            arguments.add(value);
            where.add(condition.formatted(arguments.size()));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private record Cursor(Object value, UUID trainingId) {}

    private static String encode(Sort sort, Row row) {
        var value = switch (sort) {
            case PRICE_ASC, PRICE_DESC -> Long.toString(row.getLong("price"));
            case RATING -> row.getBigDecimal("rating_average").toPlainString();
            case NEWEST -> row.getOffsetDateTime("published_at").toInstant().toString();
        };
        var raw = sort.name() + "|" + value + "|" + row.getUUID("training_id");
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static Cursor decode(String cursor, Sort sort) {
        try {
            var parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3 || !parts[0].equals(sort.name())) {
                throw new InvalidCursor();
            }
            Object value = switch (sort) {
                case PRICE_ASC, PRICE_DESC -> Long.parseLong(parts[1]);
                case RATING -> new BigDecimal(parts[1]);
                case NEWEST -> OffsetDateTime.ofInstant(Instant.parse(parts[1]), ZoneOffset.UTC);
            };
            return new Cursor(value, UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new InvalidCursor();
        }
    }
}
