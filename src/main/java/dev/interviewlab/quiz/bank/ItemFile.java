package dev.interviewlab.quiz.bank;

import java.util.List;

/**
 * One item file, parsed and checked.
 *
 * @param location where it was read, e.g. {@code classpath:db/content/quiz/websocket.yaml}; the key
 *                 under which its hash is remembered
 * @param sha256   of the file's bytes, so an unchanged file is skipped
 */
public record ItemFile(String location, String sha256, String topicSlug, List<ItemDraft> items) {

    public ItemFile {
        items = List.copyOf(items);
    }
}
