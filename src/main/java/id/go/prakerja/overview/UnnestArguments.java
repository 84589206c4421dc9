package id.go.prakerja.overview;

import io.vertx.mutiny.sqlclient.Tuple;
import java.lang.reflect.Array;
import java.util.List;
import java.util.function.Function;

/** The arguments of an {@code unnest(...)} statement, which writes a whole batch of rows in one go. */
final class UnnestArguments {

    private UnnestArguments() {}

    /** One array argument: its element type and each row's value. */
    record Column<T>(Class<?> type, Function<T, ?> value) {}

    static <T> Column<T> column(Class<?> type, Function<T, ?> value) {
        return new Column<>(type, value);
    }

    /** One array per column in order, each element taken from the row at its index. */
    static <T> Tuple of(List<T> rows, List<Column<T>> columns) {
        var tuple = Tuple.tuple();
        for (var column : columns) {
            var values = (Object[]) Array.newInstance(column.type(), rows.size());
            for (int i = 0; i < values.length; i++) {
                values[i] = column.value().apply(rows.get(i));
            }
            tuple.addValue(values);
        }
        return tuple;
    }
}
