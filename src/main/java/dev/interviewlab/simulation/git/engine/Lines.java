package dev.interviewlab.simulation.git.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A file cut into records the way git's xdiff cuts it (xdiff/xprepare.c): every record keeps its
 * {@code '\n'}, the last one may lack it, so {@code "a"} and {@code "a\n"} are different lines.
 */
final class Lines {

    private Lines() {
    }

    static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    static String join(List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(text::append);
        return text.toString();
    }

    static int count(String text) {
        return split(text).size();
    }
}
