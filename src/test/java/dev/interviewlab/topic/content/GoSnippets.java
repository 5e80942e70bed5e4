package dev.interviewlab.topic.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles Go code blocks with the {@code go} tool on the PATH: every block becomes one package of a
 * temporary module, and one {@code go build ./...} compiles them all.
 *
 * <p>A block that starts with {@code package} is a complete file and is compiled as it is. Any other
 * block is a snippet and is wrapped: its top-level declarations ({@code func}, {@code type},
 * {@code import}, and {@code var}/{@code const} before the first statement) stay at package level,
 * its statements become the body of {@code func snippet() error}, and the standard-library packages
 * it names ({@code fmt.}, {@code time.}, …) are imported.
 */
final class GoSnippets {

    /** Short name → import path of the standard-library packages snippets may use without importing. */
    static final Map<String, String> STANDARD_PACKAGES = Map.ofEntries(
            Map.entry("atomic", "sync/atomic"), Map.entry("base64", "encoding/base64"),
            Map.entry("binary", "encoding/binary"), Map.entry("bytes", "bytes"), Map.entry("context", "context"),
            Map.entry("errors", "errors"), Map.entry("fmt", "fmt"), Map.entry("fnv", "hash/fnv"),
            Map.entry("heap", "container/heap"), Map.entry("http", "net/http"),
            Map.entry("httptrace", "net/http/httptrace"), Map.entry("io", "io"), Map.entry("log", "log"),
            Map.entry("math", "math"), Map.entry("net", "net"), Map.entry("netip", "net/netip"), Map.entry("os", "os"),
            Map.entry("rand", "math/rand"), Map.entry("runtime", "runtime"), Map.entry("sha1", "crypto/sha1"),
            Map.entry("sha256", "crypto/sha256"), Map.entry("sort", "sort"), Map.entry("sql", "database/sql"),
            Map.entry("strconv", "strconv"), Map.entry("strings", "strings"), Map.entry("sync", "sync"),
            Map.entry("testing", "testing"), Map.entry("time", "time"), Map.entry("unicode", "unicode"),
            Map.entry("utf8", "unicode/utf8"));

    private static final Pattern PACKAGE_CLAUSE = Pattern.compile("(?m)^package \\w+");
    private static final Pattern MAIN_FUNC = Pattern.compile("(?m)^func main\\(\\)");
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])([a-z][a-z0-9]*)\\.[A-Za-z_]");
    private static final Pattern COMMENT_OR_STRING = Pattern.compile("//[^\n]*|/\\*.*?\\*/|\"(?:\\\\.|[^\"\\\\\n])*\"|`[^`]*`|'(?:\\\\.|[^'\\\\\n])+'",
            Pattern.DOTALL);
    private static final Pattern MIN_VERSION = Pattern.compile("go1\\.(\\d+)");

    /** The go tool's language version as 1.minor, or empty when no go tool is on the PATH. */
    static Optional<Integer> installedMinorVersion() {
        try {
            Process process = new ProcessBuilder("go", "env", "GOVERSION").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            Matcher version = MIN_VERSION.matcher(out);
            return version.find() ? Optional.of(Integer.parseInt(version.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no go on the PATH
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The minimum Go minor version a block declares with a word such as {@code go1.22}, or 0. */
    static int requiredMinorVersion(List<String> words) {
        return words.stream().map(MIN_VERSION::matcher).filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
    }

    /** The Go source file for one block, in package {@code packageName} unless it is a program. */
    static String sourceFile(String code, String packageName) {
        return sourceFile(code, packageName, false);
    }

    /**
     * The Go source file for one block; with {@code runnable}, a snippet becomes a program whose {@code main}
     * runs its statements.
     */
    static String sourceFile(String code, String packageName, boolean runnable) {
        if (PACKAGE_CLAUSE.matcher(code).find()) {
            return code;
        }
        List<String> declarations = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        boolean seenStatement = false;
        StringBuilder pendingComments = new StringBuilder();
        for (String chunk : topLevelChunks(code)) {
            String first = chunk.lines().filter(line -> !line.isBlank() && !line.startsWith("//")).findFirst().orElse("");
            if (first.isEmpty()) {
                pendingComments.append(chunk);
                continue;
            }
            boolean declaration = first.startsWith("func ") || first.startsWith("type ") || first.startsWith("import ")
                    || (!seenStatement && (first.startsWith("var ") || first.startsWith("const ")));
            if (declaration) {
                declarations.add(pendingComments + chunk);
            } else {
                seenStatement = true;
                statements.add(pendingComments + chunk);
            }
            pendingComments.setLength(0);
        }
        String body = String.join("", statements) + pendingComments;
        StringBuilder file = new StringBuilder();
        boolean program = MAIN_FUNC.matcher(code).find();
        file.append("package ").append(program || runnable ? "main" : packageName).append("\n\n");
        TreeSet<String> imports = new TreeSet<>();
        String bare = COMMENT_OR_STRING.matcher(code).replaceAll(" ");
        Matcher qualified = QUALIFIED.matcher(bare);
        while (qualified.find()) {
            String path = STANDARD_PACKAGES.get(qualified.group(1));
            if (path != null && !Pattern.compile("\\b" + qualified.group(1) + "\\s*(:=|,[^\n]*:=)").matcher(bare).find()) {
                imports.add(path);
            }
        }
        imports.forEach(path -> file.append("import \"").append(path).append("\"\n"));
        file.append('\n');
        declarations.forEach(declaration -> file.append(declaration).append('\n'));
        if (!body.isBlank()) {
            file.append("func snippet() error {\n").append(body).append("\treturn nil\n}\n");
            if (runnable && !program) {
                file.append("\nfunc main() {\n\tif err := snippet(); err != nil {\n\t\tpanic(err)\n\t}\n}\n");
            }
        }
        return file.toString();
    }

    /** Splits a snippet where a line starts at column 0 (other than a closing brace or parenthesis). */
    private static List<String> topLevelChunks(String code) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean currentHasCode = false;
        for (String line : code.split("\n", -1)) {
            boolean startsChunk = !line.isEmpty() && !Character.isWhitespace(line.charAt(0))
                    && line.charAt(0) != '}' && line.charAt(0) != ')';
            boolean comment = line.startsWith("//");
            if (startsChunk && currentHasCode && !comment) {
                chunks.add(current.toString());
                current.setLength(0);
                currentHasCode = false;
            } else if (comment && currentHasCode && !current.isEmpty() && current.charAt(current.length() - 1) == '\n'
                    && lastLineIsBlank(current)) {
                chunks.add(current.toString());
                current.setLength(0);
                currentHasCode = false;
            }
            current.append(line).append('\n');
            currentHasCode |= !line.isBlank() && !comment;
        }
        chunks.add(current.toString());
        return chunks;
    }

    private static boolean lastLineIsBlank(StringBuilder text) {
        int end = text.length() - 1;
        int start = text.lastIndexOf("\n", end - 1);
        return text.substring(start + 1, end).isBlank();
    }

    /** Writes one package per block (key: package name) into a module at {@code dir}, runs {@code go build}. */
    static BuildResult build(Path dir, int goMinorVersion, Map<String, String> codeByPackage) throws IOException, InterruptedException {
        return build(dir, goMinorVersion, codeByPackage, null);
    }

    /**
     * Runs each block as a program (its statements in {@code main}) and returns what it printed, by package;
     * a block that does not compile or fails gets its error output instead.
     */
    static Map<String, String> run(Path dir, int goMinorVersion, Map<String, String> codeByPackage)
            throws IOException, InterruptedException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        BuildResult build = build(dir, goMinorVersion, codeByPackage, bin);
        Map<String, String> output = new LinkedHashMap<>(build.errorsByPackage());
        for (String name : codeByPackage.keySet()) {
            if (output.containsKey(name)) {
                continue;
            }
            if (!Files.exists(bin.resolve(name))) {
                output.put(name, "(not built) " + build.errorsByPackage().getOrDefault("(go)", ""));
                continue;
            }
            Process process = new ProcessBuilder(bin.resolve(name).toString()).redirectErrorStream(true).start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                printed = "(did not end within 30 s) " + printed;
            }
            output.put(name, printed);
        }
        return output;
    }

    private static BuildResult build(Path dir, int goMinorVersion, Map<String, String> codeByPackage, Path binaries)
            throws IOException, InterruptedException {
        Files.writeString(dir.resolve("go.mod"), "module snippets\n\ngo 1." + goMinorVersion + "\n");
        for (Map.Entry<String, String> entry : codeByPackage.entrySet()) {
            Path packageDir = Files.createDirectories(dir.resolve(entry.getKey()));
            Files.writeString(packageDir.resolve("snippet.go"), sourceFile(entry.getValue(), entry.getKey(), binaries != null));
        }
        List<String> command = new ArrayList<>(List.of("go", "build"));
        if (binaries != null) {
            command.addAll(List.of("-o", binaries + "/"));
        }
        command.add("./...");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("GOPROXY", "off");
        builder.environment().put("GOTOOLCHAIN", "local");
        builder.environment().put("GOWORK", "off");
        builder.environment().put("CGO_ENABLED", "0");
        if (System.getenv("GOCACHE") == null && System.getenv("HOME") == null && System.getenv("XDG_CACHE_HOME") == null) {
            builder.environment().put("GOCACHE", Path.of(System.getProperty("java.io.tmpdir"), "interviewlab-go-build").toString());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("go build took more than 5 minutes");
        }
        return new BuildResult(process.exitValue(), errorsByPackage(output));
    }

    /** Exit code and the compiler's messages per failed package (lines after {@code # snippets/<pkg>}). */
    record BuildResult(int exitCode, Map<String, String> errorsByPackage) {
    }

    private static Map<String, String> errorsByPackage(String output) {
        Map<String, String> errors = new LinkedHashMap<>();
        String current = "(go)";
        for (String line : output.split("\n")) {
            if (line.startsWith("# snippets/")) {
                current = line.substring("# snippets/".length()).strip();
                continue;
            }
            if (!line.isBlank()) {
                errors.merge(current, line, (a, b) -> a + "\n" + b);
            }
        }
        return errors;
    }
}
