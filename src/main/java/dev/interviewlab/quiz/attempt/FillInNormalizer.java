package dev.interviewlab.quiz.attempt;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes a typed answer comparable with the accepted ones: NFKC folds full-width letters, digits
 * and punctuation into their ASCII forms (ＴＩＭＥ＿ＷＡＩＴ → TIME_WAIT, full-width space → space);
 * then case is ignored, whitespace runs become one space, ends are trimmed, and spaces next to a
 * Chinese character are dropped (Chinese is written without spaces, so "三次 握手" = "三次握手").
 * Underscores and hyphens are NOT folded: an item lists such variants as accepted answers.
 */
public final class FillInNormalizer {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0\\u3000]+");
    private static final Pattern SPACE_NEAR_HAN = Pattern.compile("(?<=\\p{IsHan}) | (?=\\p{IsHan})");

    private FillInNormalizer() {
    }

    public static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String spaced = WHITESPACE.matcher(folded).replaceAll(" ").strip();
        return SPACE_NEAR_HAN.matcher(spaced).replaceAll("");
    }
}
