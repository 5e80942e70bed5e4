package dev.interviewlab.topic.importing;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs for imported notes. Letters of any script are kept, so Chinese titles stay readable. */
final class Slugs {

    static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    static String of(String title) {
        String normalized = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String slug = normalized.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "note" : slug;
    }
}
