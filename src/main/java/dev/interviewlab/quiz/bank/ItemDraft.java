package dev.interviewlab.quiz.bank;

import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.LocalizedText;

import java.util.List;

/**
 * One item as read from its file and checked: the answer fits the type and names existing options.
 *
 * @param options         in the file's order, each marked correct or not; empty for true-false and fill-in
 * @param trueFalseAnswer the answer of a true-false item, otherwise null
 * @param accepted        accepted answers of a fill-in item, otherwise empty
 */
public record ItemDraft(
        String key,
        String topicSlug,
        ItemType type,
        Difficulty difficulty,
        List<String> tags,
        LocalizedText prompt,
        List<ItemOption> options,
        Boolean trueFalseAnswer,
        List<String> accepted,
        LocalizedText explanation) {

    public ItemDraft {
        tags = List.copyOf(tags);
        options = List.copyOf(options);
        accepted = List.copyOf(accepted);
    }
}
