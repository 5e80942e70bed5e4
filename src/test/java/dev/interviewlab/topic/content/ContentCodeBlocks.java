package dev.interviewlab.topic.content;

import dev.interviewlab.quiz.bank.ItemDraft;
import dev.interviewlab.quiz.bank.ItemFile;
import dev.interviewlab.quiz.bank.ItemOption;
import dev.interviewlab.quiz.bank.QuizBankReader;
import dev.interviewlab.topic.LocalizedText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced code blocks of the built-in notes and quiz items, for the tests that compile or run them.
 * A fence's info string is the language followed by optional words (see db/content/README.md,
 * "Code blocks"), e.g. {@code ```go fragment} or {@code ```sql mysql-only}.
 */
final class ContentCodeBlocks {

    /**
     * @param source   where the block is, for messages: {@code topics/go-context.md (en)} or
     *                 {@code quiz item goval-shared-backing-array, prompt (zh)}
     * @param language the info string's first word
     * @param words    the info string's further words
     */
    record CodeBlock(String source, String language, List<String> words, String code) {
        boolean has(String word) {
            return words.contains(word);
        }
    }

    private static final Pattern OPENING = Pattern.compile("^( *)(`{3,})\\s*(\\S.*)?$");

    private ContentCodeBlocks() {
    }

    /** Every code block of the built-in notes and quiz items, in both languages. */
    static List<CodeBlock> builtIn() {
        List<CodeBlock> blocks = new ArrayList<>();
        for (BuiltInContent.TopicFile topic : new BuiltInContentReader(BuiltInContentReader.DEFAULT_LOCATION).read().topics()) {
            String name = "topics/" + topic.draft().slug() + ".md";
            add(blocks, name, topic.draft().body());
        }
        for (ItemFile file : new QuizBankReader(QuizBankReader.DEFAULT_LOCATION).read()) {
            for (ItemDraft item : file.items()) {
                String name = "quiz item " + item.key();
                add(blocks, name + ", prompt", item.prompt());
                add(blocks, name + ", explanation", item.explanation());
                for (ItemOption option : item.options()) {
                    add(blocks, name + ", option " + option.key(), option.text());
                }
            }
        }
        return blocks;
    }

    private static void add(List<CodeBlock> blocks, String source, LocalizedText text) {
        if (text == null) {
            return;
        }
        blocks.addAll(parse(source + " (en)", text.en()));
        blocks.addAll(parse(source + " (zh)", text.zh()));
    }

    /** The fenced blocks of one Markdown text; a block's lines lose the fence's indentation. */
    static List<CodeBlock> parse(String source, String markdown) {
        List<CodeBlock> blocks = new ArrayList<>();
        if (markdown == null) {
            return blocks;
        }
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher opening = OPENING.matcher(lines[i]);
            if (!opening.matches()) {
                continue;
            }
            int indent = opening.group(1).length();
            String fence = opening.group(2);
            String info = opening.group(3) == null ? "" : opening.group(3).strip();
            StringBuilder code = new StringBuilder();
            int j = i + 1;
            while (j < lines.length && !lines[j].strip().equals(fence)) {
                String line = lines[j];
                int strip = 0;
                while (strip < indent && strip < line.length() && line.charAt(strip) == ' ') {
                    strip++;
                }
                code.append(line.substring(strip)).append('\n');
                j++;
            }
            List<String> words = info.isEmpty() ? List.of("") : Arrays.asList(info.split("\\s+"));
            blocks.add(new CodeBlock(source, words.get(0), List.copyOf(words.subList(1, words.size())), code.toString()));
            i = j;
        }
        return blocks;
    }
}
