package dev.interviewlab.quiz.bank;

import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.LocalizedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ItemYamlTest {

    private static final LocalizedText PROMPT = new LocalizedText("Which state?\n\n```\nclose()\n```\nand `FIN`: true", "哪个状态？\n\n第二段");
    private static final LocalizedText EXPLANATION = new LocalizedText("Because: yes", "因为");

    static ItemDraft draft(ItemType type) {
        List<ItemOption> options = switch (type) {
            case SINGLE -> List.of(new ItemOption("a", new LocalizedText("60", "六十"), false),
                    new ItemOption("b", new LocalizedText("true", "是"), true));
            case MULTIPLE -> List.of(new ItemOption("a", new LocalizedText("x: y", "甲"), true),
                    new ItemOption("b", new LocalizedText("- b", "乙"), false), new ItemOption("c", new LocalizedText("C", "丙"), true));
            case ORDERING -> List.of(new ItemOption("b", new LocalizedText("First", "一"), false),
                    new ItemOption("a", new LocalizedText("Second", "二"), false));
            default -> List.of();
        };
        return new ItemDraft("probe-item", "tcp-connection-states", type, Difficulty.INTERMEDIATE, List.of("tcp", "time-wait"),
                PROMPT, options, type == ItemType.TRUE_FALSE ? Boolean.FALSE : null,
                type == ItemType.FILL_IN ? List.of("TIME_WAIT", "'quoted'", "null") : List.of(), EXPLANATION);
    }

    @ParameterizedTest
    @EnumSource(ItemType.class)
    void anItemReadsBackAsItWasWritten(ItemType type) {
        ItemDraft draft = draft(type);

        String yaml = ItemYaml.write(draft);

        assertThat(ItemYaml.read(yaml)).isEqualTo(draft);
        assertThat(yaml).startsWith("topic: tcp-connection-states\nitems:\n");
        assertThat(yaml).as("Markdown of several lines as a literal block").contains("en: |-\n");
        assertThat(yaml).contains("哪个状态");
    }
}
