package dev.interviewlab.markdown.diagram;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A {@code diagram} block that cannot be drawn. The problem is a key of the {@code i18n/diagram}
 * bundle whose first argument is the line number (in the Markdown the block was found in), so a
 * form can show it in the reader's language; {@link #getMessage()} is the English text.
 */
public class DiagramException extends RuntimeException {

    private final int line;
    private final String messageKey;
    private final List<Object> arguments;

    DiagramException(int line, String problem, Object... details) {
        this(line, "diagram.error." + problem, argumentsOf(line, details));
    }

    private DiagramException(int line, String messageKey, List<Object> arguments) {
        super(english(messageKey, arguments));
        this.line = line;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** Another figure of the same text already has this id. */
    public static DiagramException duplicateFigure(int line, String id) {
        return new DiagramException(line, "duplicateFigure", id);
    }

    /** The same problem, with the line counted from {@code offset} lines further down. */
    public DiagramException shifted(int offset) {
        List<Object> moved = new java.util.ArrayList<>(arguments);
        moved.set(0, line + offset);
        return new DiagramException(line + offset, messageKey, List.copyOf(moved));
    }

    /** 1-based line of the problem. */
    public int line() {
        return line;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments; the first one is the line. */
    public List<Object> arguments() {
        return arguments;
    }

    private static List<Object> argumentsOf(int line, Object... details) {
        List<Object> all = new java.util.ArrayList<>();
        all.add(line);
        all.addAll(List.of(details));
        return List.copyOf(all);
    }

    private static String english(String key, List<Object> arguments) {
        String pattern = ResourceBundle.getBundle("i18n.diagram", Locale.ROOT).getString(key);
        return new MessageFormat(pattern, Locale.ROOT).format(arguments.toArray());
    }
}
