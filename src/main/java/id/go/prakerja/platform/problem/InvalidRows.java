package id.go.prakerja.platform.problem;

import java.util.List;

/**
 * An uploaded table (a CSV file) with rows that do not read: a 400 problem with one violation per bad cell, naming the
 * line and the column and saying, in the client's language, what the column takes ({@code row.<kind>}).
 */
public class InvalidRows extends RuntimeException {

    /** One cell that does not read; line 1 is the header. */
    public record BadCell(int line, String column, String kind) {}

    private final transient List<BadCell> cells;

    public InvalidRows(List<BadCell> cells) {
        super(cells.size() + " cells do not read");
        this.cells = List.copyOf(cells);
    }

    public List<BadCell> cells() {
        return cells;
    }
}
