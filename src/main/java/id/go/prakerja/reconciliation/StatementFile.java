package id.go.prakerja.reconciliation;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.go.prakerja.platform.problem.InvalidRows;
import id.go.prakerja.platform.problem.InvalidRows.BadCell;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The statement format: CSV (Jackson's reader) with a header line naming {@code disbursement_id, reference, amount,
 * status, date}, in any order, more columns ignored; amount a whole number of rupiah, status PAID, FAILED or REVERSED,
 * date the payment's date (ISO, WIB). A file with any bad cell is refused whole, every bad cell named.
 */
final class StatementFile {

    static final List<String> COLUMNS = List.of("disbursement_id", "reference", "amount", "status", "date");
    private static final Set<String> STATUSES = Set.of("PAID", "FAILED", "REVERSED");
    private static final int MOST_REPORTED = 50;
    private static final CsvMapper CSV = new CsvMapper();

    private StatementFile() {}

    static List<StatementEvent.Line> read(String text) {
        var lines = new ArrayList<StatementEvent.Line>();
        var bad = new ArrayList<BadCell>();
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader().withColumnReordering(true))
                .readValues(text)) {
            var header = ((CsvSchema) rows.getParserSchema()).getColumnNames();
            if (!header.containsAll(COLUMNS)) {
                throw new InvalidRows(List.of(new BadCell(1, "header", "columns")));
            }
            int lineNo = 1;
            while (rows.hasNextValue() && bad.size() < MOST_REPORTED) {
                lineNo++;
                var row = rows.nextValue();
                var line = line(lineNo, row, bad);
                if (line != null) {
                    lines.add(line);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidRows invalid) {
                throw invalid;
            }
            throw new InvalidRows(List.of(new BadCell(lines.size() + bad.size() + 1, "file", "unreadable")));
        }
        if (!bad.isEmpty()) {
            throw new InvalidRows(bad);
        }
        return lines;
    }

    private static StatementEvent.Line line(int lineNo, Map<String, String> row, List<BadCell> bad) {
        int before = bad.size();
        for (var column : COLUMNS) {
            if (row.get(column) == null || row.get(column).isBlank()) {
                bad.add(new BadCell(lineNo, column, "missing"));
            }
        }
        if (bad.size() > before) {
            return null;
        }
        UUID id = null;
        long amount = 0;
        LocalDate date = null;
        try {
            id = UUID.fromString(row.get("disbursement_id").trim());
        } catch (IllegalArgumentException e) {
            bad.add(new BadCell(lineNo, "disbursement_id", "uuid"));
        }
        try {
            amount = Long.parseLong(row.get("amount").trim());
            if (amount < 1) {
                bad.add(new BadCell(lineNo, "amount", "amount"));
            }
        } catch (NumberFormatException e) {
            bad.add(new BadCell(lineNo, "amount", "amount"));
        }
        var status = row.get("status").trim();
        if (!STATUSES.contains(status)) {
            bad.add(new BadCell(lineNo, "status", "status"));
        }
        try {
            date = LocalDate.parse(row.get("date").trim());
        } catch (DateTimeParseException e) {
            bad.add(new BadCell(lineNo, "date", "date"));
        }
        return bad.size() > before
                ? null
                : new StatementEvent.Line(lineNo, id, row.get("reference").trim(), amount, status, date);
    }
}
