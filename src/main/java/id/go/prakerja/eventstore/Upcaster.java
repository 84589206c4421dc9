package id.go.prakerja.eventstore;

import io.vertx.core.json.JsonObject;
import java.util.function.UnaryOperator;

/** Turns a stored payload of an older schema version into the next one, on read; stored events never change. */
public record Upcaster(String fromType, String toType, UnaryOperator<JsonObject> transform) {}
