package dev.interviewlab.topic.importing;

import java.io.Serializable;
import java.util.List;

/**
 * A parsed upload, ready to preview and save: the notes it will become and what its front matter says.
 *
 * @param category the file's first category (front matter {@code categories}), or null
 */
public record ImportPlan(String fileName, int splitLevel, String category, List<String> tags, String date,
                         List<ImportedNote> notes) implements Serializable {

    public ImportPlan {
        tags = List.copyOf(tags);
        notes = List.copyOf(notes);
    }

    /** One future topic: a heading's title and the Markdown under it. */
    public record ImportedNote(String title, String markdown, String summary) implements Serializable {
    }
}
