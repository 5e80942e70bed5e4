package dev.interviewlab.quiz.bank;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ItemRulesTest {

    @Test
    void everyBrokenRuleIsReportedWithItsField() {
        Map<String, Object> item = Map.of(
                "id", "Not A Key",
                "type", "single",
                "difficulty", "easy",
                "tags", List.of("Bad Tag"),
                "prompt", Map.of("en", "Which?"),
                "explanation", Map.of("en", "E", "zh", "解"),
                "options", List.of(Map.of("id", "a", "en", "A", "zh", "甲"), Map.of("id", "a", "en", "B", "zh", "乙")),
                "answer", "c");

        ItemRules.BrokenRules broken = catchThrowableOfType(ItemRules.BrokenRules.class, () -> ItemRules.check("tcp", item));

        assertThat(broken.problems()).extracting(ItemRules.Problem::field, ItemRules.Problem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("id", "id"),
                org.assertj.core.groups.Tuple.tuple("difficulty", "difficulty"),
                org.assertj.core.groups.Tuple.tuple("tags", "tag"),
                org.assertj.core.groups.Tuple.tuple("prompt.zh", "text.missing"),
                org.assertj.core.groups.Tuple.tuple("options[1].id", "option.duplicate"),
                org.assertj.core.groups.Tuple.tuple("answer", "answer.not-among"));
        assertThat(broken.problems().get(4).arguments()).containsExactly("a");
        assertThat(broken).hasMessageContaining("prompt is missing its Chinese ('zh') text; ");
    }

    @Test
    void aValidItemBecomesADraftOfTheTopic() {
        ItemDraft draft = ItemRules.check("tcp", Map.of("id", "probe", "type", "true-false", "difficulty", "advanced",
                "prompt", Map.of("en", "Q", "zh", "问"), "explanation", Map.of("en", "E", "zh", "解"), "answer", "false"));

        assertThat(draft.topicSlug()).isEqualTo("tcp");
        assertThat(draft.trueFalseAnswer()).isFalse();
        assertThat(draft.tags()).isEmpty();
    }
}
