package dev.interviewlab.topic;

import dev.interviewlab.web.Language;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A text a learner reads, in English and in Chinese. */
@Embeddable
public record LocalizedText(String en, String zh) {

    public LocalizedText {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
    }

    /** The same text for both languages, as for a note imported in one language. */
    public static LocalizedText same(String text) {
        return new LocalizedText(text, text);
    }

    public String in(Language language) {
        return language == Language.ZH ? zh : en;
    }
}
