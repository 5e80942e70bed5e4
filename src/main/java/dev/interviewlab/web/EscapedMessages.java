package dev.interviewlab.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static dev.interviewlab.web.PostForms.escape;

/**
 * Messages escaped for HTML, for the parts of pages written as strings. A message without arguments is looked up
 * once per language and kept: the bundles do not change while the site runs, and a lookup walks every basename's
 * bundle chain, which on the Today page was a tenth of the request. Messages with arguments are formatted each time.
 */
@Component
public class EscapedMessages {

    /** Languages whose messages are kept; a request's locale comes from its Accept-Language, so the set is bounded. */
    private static final int KEPT_LOCALES = 16;

    private final MessageSource messages;
    private final Map<Locale, Map<String, String>> kept = new ConcurrentHashMap<>();

    public EscapedMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The message, as {@code #{key}} writes it (no MessageFormat pass), escaped. */
    public String get(String key, Locale locale) {
        Map<String, String> language = kept.get(locale);
        if (language == null) {
            if (kept.size() >= KEPT_LOCALES) {
                return escape(messages.getMessage(key, null, locale));
            }
            language = kept.computeIfAbsent(locale, any -> new ConcurrentHashMap<>());
        }
        String message = language.get(key);
        if (message == null) {
            message = escape(messages.getMessage(key, null, locale));
            language.put(key, message);
        }
        return message;
    }

    /** The message formatted with its arguments, as {@code #{key(args)}} writes it, escaped; none: as {@link #get(String, Locale)}. */
    public String get(String key, Locale locale, Object... arguments) {
        return arguments.length == 0 ? get(key, locale) : escape(messages.getMessage(key, arguments, locale));
    }
}
