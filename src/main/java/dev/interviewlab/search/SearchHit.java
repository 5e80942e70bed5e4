package dev.interviewlab.search;

/**
 * One search result.
 *
 * @param snippet HTML: escaped text in which the matched words are wrapped in {@code <mark>}; when the
 *                query matched only a figure's labels, the figure's title, escaped
 * @param figure  the title of the figure that matched when nothing else of the note did, else null: the
 *                page says the match is in that figure rather than showing its labels
 */
public record SearchHit(String slug, String title, String category, String snippet, String figure, float score) {

    /** A hit whose snippet comes from the note's prose, summary or title. */
    public SearchHit(String slug, String title, String category, String snippet, float score) {
        this(slug, title, category, snippet, null, score);
    }

    public boolean inFigure() {
        return figure != null;
    }
}
