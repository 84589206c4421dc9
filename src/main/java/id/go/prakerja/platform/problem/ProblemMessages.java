package id.go.prakerja.platform.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Problem texts in Indonesian and English, chosen by {@code Accept-Language}; Indonesian when the client names
 * neither.
 */
public final class ProblemMessages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final List<Locale> SUPPORTED = List.of(INDONESIAN, Locale.ENGLISH);
    private static final String BUNDLE = "problems";

    private ProblemMessages() {}

    /** The best supported language for an {@code Accept-Language} header value, which may be absent or invalid. */
    public static Locale localeOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return INDONESIAN;
        }
        try {
            var best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return best == null ? INDONESIAN : best;
        } catch (IllegalArgumentException unparseable) {
            return INDONESIAN;
        }
    }

    /** The best supported language for the request's {@code Accept-Language}. */
    public static Locale localeOf(jakarta.ws.rs.core.HttpHeaders headers) {
        return localeOf(headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE));
    }

    public static String text(Locale locale, String key, Object... arguments) {
        var bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
