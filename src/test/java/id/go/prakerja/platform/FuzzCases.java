package id.go.prakerja.platform;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bad requests for every operation of an OpenAPI document: path and query parameters that are not ids or numbers,
 * traversals, NUL, emoji and overlong text; bodies that are not JSON, nested too deep, of another shape, with each
 * field of the schema given the wrong type, null, a NUL, a huge text or a number out of range, with an unknown field,
 * and in another media type. Everything else about the request is valid: a participant's own id, another random id.
 */
final class FuzzCases {

    /** One request: method, path with its query, body (null: none) and its media type, and what it tries. */
    record Case(String method, String path, String body, String contentType, String what, String accept) {

        Case(String method, String path, String body, String contentType, String what) {
            this(method, path, body, contentType, what, "application/json");
        }
    }

    private static final List<String> BAD_SEGMENTS = List.of(
            "12345", "..%2F..%2Fetc%2Fpasswd", "%00", "x".repeat(2_000), "%F0%9F%98%80", "-1", "%27%20OR%201%3D1--");
    private static final List<String> BAD_QUERY_VALUES = List.of(
            "abc",
            "-1",
            "99999999999999999999",
            "-99999999999999999999",
            "%00",
            "x".repeat(2_000),
            "2026-13-45",
            "1.5",
            "",
            "true",
            "%20",
            "NaN",
            "1e10");
    private static final List<Object> BAD_FIELD_VALUES = List.of(
            "x".repeat(100_000),
            "\u0000",
            "\uD83D\uDE00".repeat(1_000),
            "'; drop table events;--",
            "2026-13-45T99:99:99Z",
            true,
            -1,
            1e300,
            99999999999999999999.0,
            1.5,
            "",
            " ",
            "<script>alert(1)</script>",
            0,
            Long.MAX_VALUE,
            new JsonObject(),
            new JsonArray());
    private static final List<String> BAD_BODIES = List.of(
            "{",
            "[]",
            "null",
            "\"text\"",
            "{\"a\":}",
            "[".repeat(5_000) + "]".repeat(5_000),
            "{}",
            "\u0000",
            "",
            "1e400",
            "{\"a\":1,\"a\":2}",
            "\"\\uD800\"",
            "{\"x\": NaN}");
    private static final int MAX_FIELDS = 40;

    private FuzzCases() {}

    static int operations(JsonObject document) {
        int count = 0;
        var paths = document.getJsonObject("paths");
        for (var path : paths.fieldNames()) {
            count += paths.getJsonObject(path).fieldNames().size();
        }
        return count;
    }

    static List<Case> of(JsonObject document, UUID participant) {
        var cases = new ArrayList<Case>();
        var schemas = document.getJsonObject("components").getJsonObject("schemas");
        var paths = document.getJsonObject("paths");
        for (var template : paths.fieldNames()) {
            for (var method : paths.getJsonObject(template).fieldNames()) {
                var operation = paths.getJsonObject(template).getJsonObject(method);
                if (streams(operation)) {
                    continue;
                }
                var verb = method.toUpperCase();
                var valid = validPath(template, participant);
                var bodySchema = bodySchema(operation);
                var validBody = bodySchema == null
                        ? null
                        : sample(bodySchema, schemas, 0).toString();
                for (var parameter : template.split("/")) {
                    if (parameter.startsWith("{")) {
                        for (var bad : BAD_SEGMENTS) {
                            var path = validPath(template.replace(parameter, bad), participant);
                            cases.add(new Case(verb, path, validBody, "application/json", parameter + "=" + bad));
                        }
                    }
                }
                for (var accept : List.of("application/xml", "text/html")) {
                    cases.add(new Case(verb, valid, validBody, "application/json", "accept " + accept, accept));
                }
                for (var name : queryParameters(operation)) {
                    for (var bad : BAD_QUERY_VALUES) {
                        cases.add(new Case(verb, valid + "?" + name + "=" + bad, validBody, "application/json", name));
                    }
                }
                if (bodySchema != null) {
                    addBodyCases(cases, verb, valid, sample(bodySchema, schemas, 0));
                }
            }
        }
        return cases;
    }

    private static void addBodyCases(List<Case> cases, String verb, String path, Object valid) {
        for (var bad : BAD_BODIES) {
            cases.add(new Case(verb, path, bad, "application/json", "body " + abbreviated(bad)));
        }
        cases.add(new Case(verb, path, "x=1", "text/plain", "text/plain"));
        cases.add(new Case(verb, path, valid.toString(), "application/xml", "application/xml"));
        if (!(valid instanceof JsonObject object)) {
            return;
        }
        cases.add(new Case(verb, path, object.copy().put("unexpected", 1).encode(), "application/json", "extra"));
        fields(object, "").stream().limit(MAX_FIELDS).forEach(field -> {
            cases.add(new Case(verb, path, with(object, field, null).encode(), "application/json", field + "=null"));
            for (var bad : BAD_FIELD_VALUES) {
                cases.add(new Case(
                        verb,
                        path,
                        with(object, field, bad).encode(),
                        "application/json",
                        field + "=" + abbreviated(bad)));
            }
        });
        object.fieldNames().forEach(field -> {
            var without = object.copy();
            without.remove(field);
            cases.add(new Case(verb, path, without.encode(), "application/json", "no " + field));
        });
    }

    /** The fields of {@code object} and of the objects in it, as dotted paths. */
    private static List<String> fields(JsonObject object, String prefix) {
        var fields = new ArrayList<String>();
        for (var name : object.fieldNames()) {
            fields.add(prefix + name);
            if (object.getValue(name) instanceof JsonObject nested) {
                fields.addAll(fields(nested, prefix + name + "."));
            }
        }
        return fields;
    }

    /** A copy of {@code object} with the field at the dotted {@code path} set to {@code value}. */
    private static JsonObject with(JsonObject object, String path, Object value) {
        var copy = object.copy();
        var names = path.split("\\.");
        var parent = copy;
        for (int i = 0; i < names.length - 1; i++) {
            parent = parent.getJsonObject(names[i]);
        }
        parent.put(names[names.length - 1], value);
        return copy;
    }

    /** The fixed starts of the addresses of pages for people, which answer their errors as pages, not problems. */
    static List<String> pagePrefixes(JsonObject document) {
        var prefixes = new ArrayList<String>();
        var paths = document.getJsonObject("paths");
        for (var template : paths.fieldNames()) {
            var get = paths.getJsonObject(template).getJsonObject("get");
            var ok = get == null
                    ? null
                    : get.getJsonObject("responses", new JsonObject()).getJsonObject("200");
            if (ok != null && ok.getJsonObject("content", new JsonObject()).containsKey("text/html")) {
                prefixes.add(
                        template.substring(0, template.indexOf('{') < 0 ? template.length() : template.indexOf('{')));
            }
        }
        return prefixes;
    }

    private static boolean streams(JsonObject operation) {
        var ok = operation.getJsonObject("responses", new JsonObject()).getJsonObject("200");
        return ok != null && ok.getJsonObject("content", new JsonObject()).containsKey("text/event-stream");
    }

    private static String validPath(String template, UUID participant) {
        return template.replace("{participantId}", participant.toString())
                .replaceAll("\\{[A-Za-z]*[Ii]d}", UUID.randomUUID().toString())
                .replaceAll("\\{[A-Za-z]+}", "x");
    }

    private static List<String> queryParameters(JsonObject operation) {
        var names = new ArrayList<String>();
        var parameters = operation.getJsonArray("parameters", new JsonArray());
        for (int i = 0; i < parameters.size(); i++) {
            var parameter = parameters.getJsonObject(i);
            if ("query".equals(parameter.getString("in"))) {
                names.add(URLEncoder.encode(parameter.getString("name"), StandardCharsets.UTF_8));
            }
        }
        return names;
    }

    private static JsonObject bodySchema(JsonObject operation) {
        var body = operation.getJsonObject("requestBody");
        if (body == null) {
            return null;
        }
        var json = body.getJsonObject("content", new JsonObject()).getJsonObject("application/json");
        return json == null ? null : json.getJsonObject("schema");
    }

    /** A value of the schema's shape: the shape the service expects, to change one thing at a time. */
    private static Object sample(JsonObject schema, JsonObject schemas, int depth) {
        if (schema.containsKey("$ref")) {
            var name = schema.getString("$ref").substring("#/components/schemas/".length());
            return depth > 4 ? new JsonObject() : sample(schemas.getJsonObject(name), schemas, depth + 1);
        }
        for (var combined : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.containsKey(combined)) {
                return sample(schema.getJsonArray(combined).getJsonObject(0), schemas, depth);
            }
        }
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").getValue(0);
        }
        var type = schema.getValue("type") instanceof JsonArray types ? types.getString(0) : schema.getString("type");
        var format = schema.getString("format", "");
        return switch (type == null ? "object" : type) {
            case "string" ->
                Map.of(
                                "uuid", UUID.randomUUID().toString(),
                                "date-time", "2026-12-01T00:00:00Z",
                                "date", "1995-03-14")
                        .getOrDefault(format, "teks");
            case "integer" -> 1;
            case "number" -> 1.0;
            case "boolean" -> true;
            case "array" ->
                new JsonArray().add(sample(schema.getJsonObject("items", new JsonObject()), schemas, depth + 1));
            default -> {
                var object = new JsonObject();
                var properties = schema.getJsonObject("properties", new JsonObject());
                for (var name : properties.fieldNames()) {
                    object.put(name, sample(properties.getJsonObject(name), schemas, depth + 1));
                }
                yield object;
            }
        };
    }

    private static String abbreviated(Object value) {
        var text = String.valueOf(value);
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
