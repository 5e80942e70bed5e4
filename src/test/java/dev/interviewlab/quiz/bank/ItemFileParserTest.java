package dev.interviewlab.quiz.bank;

import dev.interviewlab.topic.Difficulty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItemFileParserTest {

    private final ItemFileParser parser = new ItemFileParser();

    private static String item(String body) {
        return """
                topic: websocket
                items:
                  - id: probe
                    difficulty: beginner
                    prompt: {en: "Question?", zh: "问题？"}
                    explanation: {en: "Because.", zh: "因为。"}
                """ + body.indent(4);
    }

    @Test
    void readsEveryItemTypeWithItsAnswer() {
        String yaml = """
                topic: tcp-connection-states
                items:
                  - id: one
                    type: single
                    difficulty: intermediate
                    tags: [time-wait, tcp]
                    prompt: {en: "Pick", zh: "选"}
                    options:
                      - {id: a, en: "A", zh: "甲"}
                      - {id: b, en: "B", zh: "乙"}
                    answer: b
                    explanation: {en: "E", zh: "解"}
                  - id: two
                    type: multiple
                    difficulty: advanced
                    prompt: {en: "Pick", zh: "选"}
                    options:
                      - {id: a, en: "A", zh: "甲"}
                      - {id: b, en: "B", zh: "乙"}
                      - {id: c, en: 60, zh: 60}
                    answer: [a, c]
                    explanation: {en: "E", zh: "解"}
                  - id: three
                    type: true-false
                    difficulty: beginner
                    prompt: {en: "True?", zh: "对吗？"}
                    answer: false
                    explanation: {en: "E", zh: "解"}
                  - id: four
                    type: fill-in
                    difficulty: beginner
                    prompt: {en: "Name it", zh: "填空"}
                    answer: ["TIME_WAIT", 2]
                    explanation: {en: "E", zh: "解"}
                  - id: five
                    type: ordering
                    difficulty: beginner
                    prompt: {en: "Order", zh: "排序"}
                    options:
                      - {id: x, en: "First", zh: "一"}
                      - {id: y, en: "Second", zh: "二"}
                    explanation: {en: "E", zh: "解"}
                """;
        ItemFileParser.Parsed parsed = parser.parse("tcp.yaml", yaml);

        assertThat(parsed.topicSlug()).isEqualTo("tcp-connection-states");
        List<ItemDraft> items = parsed.items();
        assertThat(items).extracting(ItemDraft::type).containsExactly(ItemType.SINGLE, ItemType.MULTIPLE,
                ItemType.TRUE_FALSE, ItemType.FILL_IN, ItemType.ORDERING);
        assertThat(items.get(0).tags()).containsExactly("time-wait", "tcp");
        assertThat(items.get(0).difficulty()).isEqualTo(Difficulty.INTERMEDIATE);
        assertThat(items.get(0).options()).filteredOn(ItemOption::correct).extracting(ItemOption::key).containsExactly("b");
        assertThat(items.get(1).options()).filteredOn(ItemOption::correct).extracting(ItemOption::key).containsExactly("a", "c");
        assertThat(items.get(1).options().get(2).text().en()).isEqualTo("60");
        assertThat(items.get(2).trueFalseAnswer()).isFalse();
        assertThat(items.get(3).accepted()).containsExactly("TIME_WAIT", "2");
        assertThat(items.get(4).options()).extracting(ItemOption::key).containsExactly("x", "y");
        assertThat(items.get(4).options()).noneMatch(ItemOption::correct);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            answer not among the options        | type: single\\noptions: [{id: a, en: A, zh: 甲}, {id: b, en: B, zh: 乙}]\\nanswer: c          | the answer 'c' is not among the options
            multiple answer not among options   | type: multiple\\noptions: [{id: a, en: A, zh: 甲}, {id: b, en: B, zh: 乙}]\\nanswer: [a, z]   | the answer 'z' is not among the options
            multiple answer not a list          | type: multiple\\noptions: [{id: a, en: A, zh: 甲}, {id: b, en: B, zh: 乙}]\\nanswer: a        | list of at least one option id
            multiple answer empty               | type: multiple\\noptions: [{id: a, en: A, zh: 甲}, {id: b, en: B, zh: 乙}]\\nanswer: []       | list of at least one option id
            option id used twice                | type: single\\noptions: [{id: a, en: A, zh: 甲}, {id: a, en: B, zh: 乙}]\\nanswer: a        | option id 'a' is used twice
            option missing Chinese              | type: single\\noptions: [{id: a, en: A}, {id: b, en: B, zh: 乙}]\\nanswer: a                 | option 'a' is missing its Chinese
            one option only                     | type: single\\noptions: [{id: a, en: A, zh: 甲}]\\nanswer: a                                | 'options' must list 2 to 12 options
            options on a true-false item        | type: true-false\\noptions: [{id: a, en: A, zh: 甲}, {id: b, en: B, zh: 乙}]\\nanswer: true  | a true-false item has no 'options'
            true-false answer not boolean       | type: true-false\\nanswer: maybe                                                       | must be true or false
            fill-in without accepted answers    | type: fill-in\\nanswer: []                                                             | accepted answers
            fill-in with a blank answer         | type: fill-in\\nanswer: ['  ']                                                         | each accepted answer must be a text
            ordering with an answer key         | type: ordering\\noptions: [{id: a, en: A, zh: 甲}, {id: b, en: B, zh: 乙}]\\nanswer: [b, a]  | an ordering item has no 'answer'
            unknown type                        | type: essay\\nanswer: x                                                                | type must be one of
            upper-case option id                | type: single\\noptions: [{id: A, en: A, zh: 甲}, {id: b, en: B, zh: 乙}]\\nanswer: b        | each option needs an 'id'
            """)
    void refusesAnItemNamingFileAndItem(String what, String body, String problem) {
        assertThatThrownBy(() -> parser.parse("db/content/quiz/websocket.yaml", item(body.replace("\\n", "\n"))))
                .as(what)
                .isInstanceOf(QuizContentException.class)
                .hasMessageStartingWith("db/content/quiz/websocket.yaml: item 'probe': ")
                .hasMessageContaining(problem);
    }

    @Test
    void aMissingLanguageIsNamed() {
        String yaml = """
                topic: websocket
                items:
                  - id: no-chinese
                    type: true-false
                    difficulty: beginner
                    prompt: {en: "Question?"}
                    answer: true
                    explanation: {en: "Because.", zh: "因为。"}
                """;
        assertThatThrownBy(() -> parser.parse("w.yaml", yaml))
                .hasMessage("w.yaml: item 'no-chinese': prompt is missing its Chinese ('zh') text");
        assertThatThrownBy(() -> parser.parse("w.yaml", yaml.replace("prompt: {en: \"Question?\"}", "prompt: {en: \"Q\", zh: \"问\"}")
                .replace("explanation: {en: \"Because.\", zh: \"因为。\"}", "explanation: {zh: \"因为。\"}")))
                .hasMessage("w.yaml: item 'no-chinese': explanation is missing its English ('en') text");
    }

    @Test
    void aDuplicateIdInOneFileIsRefused() {
        String one = """
                  - id: same
                    type: true-false
                    difficulty: beginner
                    prompt: {en: "Q", zh: "问"}
                    answer: true
                    explanation: {en: "E", zh: "解"}
                """;
        assertThatThrownBy(() -> parser.parse("w.yaml", "topic: websocket\nitems:\n" + one + one))
                .hasMessage("w.yaml: item 'same': duplicate id in this file");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            not yaml: [                           | not valid YAML
            - just a list                         | must be a map
            items: []                             | 'topic' must be the slug
            topic: Not A Slug\\nitems: []         | 'topic' must be the slug
            topic: websocket                      | 'items' must be a list
            """)
    void refusesAMalformedFile(String yaml, String problem) {
        assertThatThrownBy(() -> parser.parse("bad.yaml", yaml.replace("\\n", "\n")))
                .isInstanceOf(QuizContentException.class)
                .hasMessageStartingWith("bad.yaml: ")
                .hasMessageContaining(problem);
    }

    @Test
    void anItemWithoutIdIsNamedByItsNumber() {
        assertThatThrownBy(() -> parser.parse("w.yaml", "topic: websocket\nitems:\n  - type: single\n"))
                .hasMessageStartingWith("w.yaml: item '#1': 'id' must be");
    }

    @Test
    void tagsAreOptionalAndDeduplicated() {
        ItemDraft draft = parser.parse("w.yaml", item("type: true-false\nanswer: true\ntags: [a, a, b-c]")).items().get(0);
        assertThat(Set.copyOf(draft.tags())).containsExactlyInAnyOrder("a", "b-c");
        assertThat(parser.parse("w.yaml", item("type: true-false\nanswer: true")).items().get(0).tags()).isEmpty();
    }
}
