package dev.interviewlab.topic.content;

import dev.interviewlab.quiz.attempt.FillInNormalizer;
import dev.interviewlab.quiz.bank.ItemDraft;
import dev.interviewlab.quiz.bank.ItemFile;
import dev.interviewlab.quiz.bank.ItemOption;
import dev.interviewlab.quiz.bank.ItemType;
import dev.interviewlab.quiz.bank.QuizBankReader;
import dev.interviewlab.topic.content.ContentCodeBlocks.CodeBlock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every Go code block of the notes and quiz items compiles, unless its fence marks it as a
 * {@code fragment} (see db/content/README.md); a {@code continued} block compiles together with the
 * Go blocks before it in the same text. Needs {@code go} on the PATH (Debian: golang-go); skips
 * with a message otherwise. Blocks that declare a newer Go ({@code ```go go1.22}) than the installed
 * one are skipped and listed.
 */
class GoCodeBlocksCompileTest {

    private static final Pattern ALLOWED_WORD = Pattern.compile("fragment|continued|go1\\.\\d+");

    private static List<CodeBlock> goBlocks;
    private static Optional<Integer> goMinor;

    @BeforeAll
    static void readBlocks() {
        goBlocks = ContentCodeBlocks.builtIn().stream().filter(block -> block.language().equals("go")).toList();
        goMinor = GoSnippets.installedMinorVersion();
    }

    @Test
    void goFencesUseOnlyTheDocumentedWords() {
        assertThat(goBlocks).isNotEmpty();
        assertThat(goBlocks).allSatisfy(block -> assertThat(block.words())
                .as("%s: words after ```go", block.source()).allMatch(word -> ALLOWED_WORD.matcher(word).matches()));
    }

    @Test
    void everyGoBlockThatIsNotAFragmentCompiles(@TempDir Path module) throws Exception {
        assumeTrue(goMinor.isPresent(), "go is not on the PATH: the Go code blocks were not compiled");
        int installed = goMinor.get();
        Map<String, String> codeByPackage = new LinkedHashMap<>();
        Map<String, List<String>> sourcesByCode = new LinkedHashMap<>();
        List<String> tooNew = new ArrayList<>();
        Map<String, String> earlierCodeBySource = new LinkedHashMap<>();
        for (CodeBlock block : goBlocks) {
            if (block.has("fragment")) {
                continue;
            }
            if (GoSnippets.requiredMinorVersion(block.words()) > installed) {
                tooNew.add(block.source() + " " + block.words());
                continue;
            }
            String earlier = earlierCodeBySource.getOrDefault(block.source(), "");
            String code = block.has("continued") ? earlier + block.code() : block.code();
            earlierCodeBySource.put(block.source(), earlier + block.code() + "\n");
            sourcesByCode.computeIfAbsent(code, c -> new ArrayList<>()).add(block.source());
        }
        Map<String, List<String>> sourcesByPackage = new LinkedHashMap<>();
        sourcesByCode.forEach((code, sources) -> {
            String name = "s%03d".formatted(codeByPackage.size());
            codeByPackage.put(name, code);
            sourcesByPackage.put(name, sources);
        });
        if (!tooNew.isEmpty()) {
            System.out.printf("go1.%d is installed; not compiled, as they need a newer Go:%n  %s%n",
                    installed, String.join("\n  ", tooNew));
        }
        assertThat(codeByPackage).hasSizeGreaterThan(40);

        GoSnippets.BuildResult result = GoSnippets.build(module, installed, codeByPackage);

        String report = result.errorsByPackage().entrySet().stream()
                .map(e -> sourcesByPackage.getOrDefault(e.getKey(), List.of(e.getKey())) + "\n" + e.getValue())
                .collect(Collectors.joining("\n\n"));
        assertThat(result.exitCode()).as("go build of %d code blocks:%n%s", codeByPackage.size(), report).isZero();
    }

    /**
     * A quiz item that asks what a Go program prints is checked by running the program: a single-choice
     * item's right option, a fill-in item's accepted answers and a true-false "this prints `x`" must agree
     * with what it really prints.
     */
    @Test
    void questionsAboutWhatAProgramPrintsAgreeWithItsOutput(@TempDir Path module) throws Exception {
        assumeTrue(goMinor.isPresent(), "go is not on the PATH: the programs of the quiz items were not run");
        Map<String, String> codeByPackage = new LinkedHashMap<>();
        Map<String, ItemDraft> itemByPackage = new LinkedHashMap<>();
        for (ItemFile file : new QuizBankReader(QuizBankReader.DEFAULT_LOCATION).read()) {
            for (ItemDraft item : file.items()) {
                List<CodeBlock> blocks = ContentCodeBlocks.parse(item.key(), item.prompt().en());
                if (blocks.size() != 1 || !blocks.get(0).language().equals("go") || blocks.get(0).has("fragment")
                        || expectedOutputs(item).isEmpty()) {
                    continue;
                }
                if (GoSnippets.requiredMinorVersion(blocks.get(0).words()) > goMinor.get()) {
                    System.out.printf("go1.%d is installed; %s needs %s, not run%n", goMinor.get(), item.key(), blocks.get(0).words());
                    continue;
                }
                String name = "s%03d".formatted(codeByPackage.size());
                codeByPackage.put(name, blocks.get(0).code());
                itemByPackage.put(name, item);
            }
        }
        assertThat(codeByPackage).hasSizeGreaterThanOrEqualTo(4);

        Map<String, String> printed = GoSnippets.run(module, goMinor.get(), codeByPackage);

        assertThat(itemByPackage).allSatisfy((name, item) -> assertThat(expectedOutputs(item))
                .as("%s: what its program prints", item.key())
                .contains(FillInNormalizer.normalize(printed.get(name))));
    }

    private static final Pattern PRINTS_TEMPLATE = Pattern.compile("prints `([^`]*)`");

    /** What the item says its program prints (normalised), or nothing when it does not ask that. */
    private static List<String> expectedOutputs(ItemDraft item) {
        String prompt = item.prompt().en();
        Matcher template = PRINTS_TEMPLATE.matcher(prompt);
        List<String> expected = new ArrayList<>();
        if (prompt.startsWith("What does this print?") || prompt.startsWith("What does the last line print?")) {
            if (item.type() == ItemType.SINGLE) {
                item.options().stream().filter(ItemOption::correct).forEach(option -> expected.add(option.text().en().replace("`", "")));
            } else if (item.type() == ItemType.FILL_IN) {
                expected.addAll(item.accepted());
            }
        } else if (template.find()) {
            if (item.type() == ItemType.TRUE_FALSE && Boolean.TRUE.equals(item.trueFalseAnswer())) {
                expected.add(template.group(1));
            } else if (item.type() == ItemType.FILL_IN && template.group(1).contains("___")) {
                item.accepted().forEach(answer -> expected.add(template.group(1).replace("___", answer)));
            }
        }
        return expected.stream().map(FillInNormalizer::normalize).toList();
    }

    @Test
    void aSnippetWithAnUnusedVariableDoesNotCompile(@TempDir Path module) throws Exception {
        assumeTrue(goMinor.isPresent(), "go is not on the PATH: nothing to compile with");
        String snippet = """
                a := make([]int, 2, 3)
                b := append(a, 7)
                c := append(a, 8)
                fmt.Println(b[2])
                """;

        GoSnippets.BuildResult result = GoSnippets.build(module, goMinor.get(), Map.of("s000", snippet));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.errorsByPackage().get("s000")).contains("c declared").contains("not used");
    }

    @Test
    void aSnippetIsWrappedWithItsDeclarationsAtPackageLevelAndItsImports() {
        String file = GoSnippets.sourceFile("""
                type Counter struct{ n int }

                func (c *Counter) Inc() { c.n++ }

                c := Counter{}
                c.Inc()
                fmt.Println(c.n, time.Second) // "strings." in a comment imports nothing
                """, "s007");

        assertThat(file).startsWith("package s007\n")
                .contains("import \"fmt\"\nimport \"time\"\n").doesNotContain("\"strings\"")
                .contains("type Counter struct{ n int }\n")
                .contains("func snippet() error {\nc := Counter{}\nc.Inc()\n");
    }
}
