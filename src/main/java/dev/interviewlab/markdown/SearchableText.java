package dev.interviewlab.markdown;

import java.util.List;

/**
 * What a Markdown text gives the search index in one language: its prose, and the words of each of its
 * figures apart from it, so a figure's labels can be found without ever being cut into a result's snippet.
 *
 * @param prose   the text without markup and without its figures
 * @param figures the figures in order
 */
public record SearchableText(String prose, List<FigureWords> figures) {

    public SearchableText {
        figures = List.copyOf(figures);
    }

    /**
     * One figure's words.
     *
     * @param title its title
     * @param words its title, description and labels, one per line
     */
    public record FigureWords(String title, String words) {
    }
}
