package dev.interviewlab.markdown.diagram;

import java.util.List;

/**
 * Approximate rendered width of a label at {@link SvgCanvas#FONT}, without fonts: CJK and other
 * wide characters count 1 em, Latin letters about 0.6 em (narrow ones less, capitals more). Errs on
 * the wide side, so boxes fit their text.
 */
final class TextWidth {

    private TextWidth() {
    }

    static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    /** The widest line's width in pixels. */
    static double of(String text) {
        double widest = 0;
        for (String line : lines(text)) {
            widest = Math.max(widest, line(line));
        }
        return widest;
    }

    private static double line(String line) {
        double em = 0;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            em += em(c);
        }
        return em * SvgCanvas.FONT;
    }

    private static double em(int c) {
        if (isWide(c)) {
            return 1.0;
        }
        if (" .,:;'!|il()[]".indexOf(c) >= 0 && c < 128) {
            return 0.32;
        }
        if ("jtfr-/".indexOf(c) >= 0 && c < 128) {
            return 0.42;
        }
        if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '@') {
            return 0.9;
        }
        if (Character.isUpperCase(c) || c == '+' || c == '=' || c == '&' || c == '%' || c == '#') {
            return 0.7;
        }
        return 0.6;
    }

    private static boolean isWide(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0x2E80 && c <= 0x2FDF) || c >= 0x1F300;
    }
}
