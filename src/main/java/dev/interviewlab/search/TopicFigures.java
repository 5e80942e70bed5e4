package dev.interviewlab.search;

import dev.interviewlab.markdown.SearchableText.FigureWords;
import dev.interviewlab.web.Language;

import java.util.List;

/**
 * The figures of a topic's body in both languages, indexed apart from its prose: their labels find the
 * topic, but a snippet cut from them would read as a run of joined labels.
 */
public record TopicFigures(List<FigureWords> en, List<FigureWords> zh) {

    /** Between two figures' words in the indexed text. */
    private static final String SEPARATOR = "\n\n";

    public static final TopicFigures NONE = new TopicFigures(List.of(), List.of());

    public TopicFigures {
        en = List.copyOf(en);
        zh = List.copyOf(zh);
    }

    public List<FigureWords> in(Language language) {
        return language == Language.ZH ? zh : en;
    }

    /** Every figure's words in one language, as the index holds them. */
    String text(Language language) {
        return String.join(SEPARATOR, in(language).stream().map(FigureWords::words).toList());
    }

    /** The title of the figure whose words hold this offset of {@link #text}; null beyond them. */
    String titleAt(Language language, int offset) {
        int end = 0;
        for (FigureWords figure : in(language)) {
            end += figure.words().length();
            if (offset < end) {
                return figure.title();
            }
            end += SEPARATOR.length();
        }
        return null;
    }
}
