package dev.interviewlab.topic.content;

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
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every Go code block of the notes and quiz items compiles, unless its fence marks it as a
 * {@code fragment} (see db/content/README.md). Needs {@code go} on the PATH (Debian: golang-go); skips
 * with a message otherwise. Blocks that declare a newer Go ({@code ```go go1.22}) than the installed
 * one are skipped and listed.
 */
class GoCodeBlocksCompileTest {

    private static final Pattern ALLOWED_WORD = Pattern.compile("fragment|go1\\.\\d+");

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
        for (CodeBlock block : goBlocks) {
            if (block.has("fragment")) {
                continue;
            }
            if (GoSnippets.requiredMinorVersion(block.words()) > installed) {
                tooNew.add(block.source() + " " + block.words());
                continue;
            }
            sourcesByCode.computeIfAbsent(block.code(), code -> new ArrayList<>()).add(block.source());
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
