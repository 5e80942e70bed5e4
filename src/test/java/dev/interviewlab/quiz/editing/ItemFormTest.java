package dev.interviewlab.quiz.editing;

import dev.interviewlab.quiz.bank.ItemDraft;
import dev.interviewlab.quiz.bank.ItemRules;
import dev.interviewlab.quiz.bank.ItemType;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.LocalizedText;
import dev.interviewlab.quiz.bank.ItemOption;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ItemFormTest {

    private static ItemDraft single() {
        return new ItemDraft("probe", "tcp", ItemType.SINGLE, Difficulty.ADVANCED, List.of("a-b", "c"),
                new LocalizedText("Q", "问"), List.of(new ItemOption("a", new LocalizedText("A", "甲"), false),
                new ItemOption("b", new LocalizedText("B", "乙"), true)), null, List.of(), new LocalizedText("E", "解"));
    }

    @Test
    void anItemMakesTheRoundTripThroughTheForm() {
        ItemForm form = ItemForm.of(single(), 4);

        assertThat(form.getOptions()).hasSize(2 + ItemForm.SPARE_ROWS);
        assertThat(form.getVersion()).isEqualTo(4);
        assertThat(ItemRules.check("tcp", form.itemFields())).isEqualTo(single());
    }

    @Test
    void emptyRowsAreLeftOutAndProblemsPointAtTheRowsTheEditorSees() {
        ItemForm form = ItemForm.of(single(), 1);
        form.getOptions().add(1, new ItemForm.OptionRow()); // an empty row between a and b
        form.getOptions().get(2).setKey("a");

        ItemRules.BrokenRules broken = catchThrowableOfType(ItemRules.BrokenRules.class,
                () -> ItemRules.check("tcp", form.itemFields()));

        assertThat(broken.problems()).extracting(problem -> form.formField(problem.field()))
                .contains("options[2].key");
    }

    @Test
    void answerFieldsOfOtherTypesAreIgnored() {
        ItemForm form = ItemForm.of(single(), 1);
        form.setType("fill-in");
        form.setAccepted("TIME_WAIT\n\n  time wait  \n");
        form.setTrueFalse("true");

        Map<String, Object> fields = form.itemFields();

        assertThat(fields).doesNotContainKey("options");
        assertThat(fields.get("answer")).isEqualTo(List.of("TIME_WAIT", "time wait"));
        assertThat(form.formField("answer")).isEqualTo("accepted");
        assertThat(form.formField("prompt.zh")).isEqualTo("promptZh");
    }

    @Test
    void singleChoiceWithTwoCorrectOptionsIsRefusedOnTheOptions() {
        ItemForm form = ItemForm.of(single(), 1);
        form.getOptions().get(0).setCorrect(true);

        ItemRules.BrokenRules broken = catchThrowableOfType(ItemRules.BrokenRules.class,
                () -> ItemRules.check("tcp", form.itemFields()));

        assertThat(broken.problems()).extracting(ItemRules.Problem::code).containsExactly("answer.single");
        assertThat(form.formField("answer")).isEqualTo("options");
    }
}
