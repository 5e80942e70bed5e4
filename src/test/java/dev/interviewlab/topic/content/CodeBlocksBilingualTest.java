package dev.interviewlab.topic.content;

import dev.interviewlab.topic.content.ContentCodeBlocks.CodeBlock;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The English and Chinese texts show the same Go and SQL code: only comments may differ. A fix made in one
 * language (the code blocks tests compile both) cannot be forgotten in the other.
 */
class CodeBlocksBilingualTest {

    @Test
    void goAndSqlBlocksAreTheSameInBothLanguagesApartFromComments() {
        Map<String, List<String>> english = new LinkedHashMap<>();
        Map<String, List<String>> chinese = new LinkedHashMap<>();
        for (CodeBlock block : ContentCodeBlocks.builtIn()) {
            if (!block.language().equals("go") && !block.language().equals("sql")) {
                continue;
            }
            String text = block.source().substring(0, block.source().length() - " (en)".length());
            String shown = block.language() + " " + block.words() + ": " + withoutComments(block);
            (block.source().endsWith("(en)") ? english : chinese).computeIfAbsent(text, t -> new ArrayList<>()).add(shown);
        }
        assertThat(english).isNotEmpty();
        assertThat(chinese).as("Go and SQL blocks of each text, Chinese").isEqualTo(english);
    }

    private static String withoutComments(CodeBlock block) {
        String comment = block.language().equals("go") ? "//[^\n]*" : "--[^\n]*";
        return block.code().replaceAll(comment, "").replaceAll("\\s+", " ").strip();
    }
}
