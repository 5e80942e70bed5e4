package dev.interviewlab.topic.importing;

import java.util.List;

/** What saving an {@link ImportPlan} would do, shown before the learner confirms. */
public record ImportPreview(ImportPlan plan, String categorySlug, String categoryName, List<PlannedNote> notes) {

    public enum Action { CREATE, UPDATE }

    public record PlannedNote(String slug, String title, String summary, int characters, Action action) {
    }

    public ImportPreview {
        notes = List.copyOf(notes);
    }

    public long count(Action action) {
        return notes.stream().filter(note -> note.action() == action).count();
    }
}
