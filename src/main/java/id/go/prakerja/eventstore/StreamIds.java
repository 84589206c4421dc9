package id.go.prakerja.eventstore;

/** Stream ids are {@code <category>-<id>}; the category groups streams of one kind for subscribers and topics. */
public final class StreamIds {

    private StreamIds() {}

    public static String of(String category, Object id) {
        if (category.isBlank() || category.contains("-")) {
            throw new IllegalArgumentException("A stream category is one word without '-': " + category);
        }
        return category + "-" + id;
    }

    public static String category(String streamId) {
        int dash = streamId.indexOf('-');
        return dash < 0 ? streamId : streamId.substring(0, dash);
    }
}
