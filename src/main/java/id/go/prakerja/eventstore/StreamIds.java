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

    /** The id within the category: the part after the first '-', e.g. {@code 42} for {@code order-42}. */
    public static String id(String streamId) {
        int dash = streamId.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("A stream id is <category>-<id>: " + streamId);
        }
        return streamId.substring(dash + 1);
    }

    public static String category(String streamId) {
        int dash = streamId.indexOf('-');
        return dash < 0 ? streamId : streamId.substring(0, dash);
    }
}
