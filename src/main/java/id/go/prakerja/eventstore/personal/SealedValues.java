package id.go.prakerja.eventstore.personal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;

/**
 * How a {@link PersonalData} value is written and read: as the text {@code pd1:<base64 of the ciphertext of its
 * JSON>}, sealed with the {@link SubjectKey} given to the writer or reader as the attribute {@link #KEY}. A reader
 * without the key, or with an erased one, gets null; a value stored before encryption existed is read as it is.
 */
public final class SealedValues {

    /** The attribute of a Jackson writer or reader that holds the {@link SubjectKey}. */
    public static final Object KEY = SubjectKey.class;

    /** The attribute of a writer that writes personal data in clear: only for the data subject's own export. */
    public static final Object IN_CLEAR = "prakerja.personal-data.in-clear";

    private static final String PREFIX = "pd1:";
    private static final JsonFactory JSON = new JsonFactory();

    private SealedValues() {}

    static final class Sealing extends JsonSerializer<Object> {

        @Override
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (Boolean.TRUE.equals(provider.getAttribute(IN_CLEAR))) {
                provider.defaultSerializeValue(value, generator);
                return;
            }
            if (!(provider.getAttribute(KEY) instanceof SubjectKey key)) {
                throw new IllegalStateException("Personal data written without its subject's key");
            }
            var plain = new ByteArrayOutputStream();
            try (var inner = JSON.createGenerator(plain)) {
                provider.defaultSerializeValue(value, inner);
            }
            generator.writeString(PREFIX + Base64.getEncoder().encodeToString(key.seal(plain.toByteArray())));
        }
    }

    static final class Unsealing extends JsonDeserializer<Object> implements ContextualDeserializer {

        private final JavaType type;

        Unsealing() {
            this(null);
        }

        private Unsealing(JavaType type) {
            this.type = type;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            return new Unsealing(property.getType());
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING
                    || !parser.getText().startsWith(PREFIX)) {
                return context.readValue(parser, type);
            }
            var sealed = Base64.getDecoder().decode(parser.getText().substring(PREFIX.length()));
            var plain = context.getAttribute(KEY) instanceof SubjectKey key ? key.open(sealed) : null;
            if (plain == null) {
                return null;
            }
            try (var inner = JSON.createParser(plain)) {
                inner.nextToken();
                return context.readValue(inner, type);
            }
        }
    }
}
