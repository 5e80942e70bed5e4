package dev.interviewlab.topic;

import java.util.List;

/** A category's notes for printing, in the order of the category's page. */
public record PrintedCategory(String slug, String name, String description, List<PrintedNote> notes) {

    public PrintedCategory {
        notes = List.copyOf(notes);
    }
}
