package dev.interviewlab.topic.importing;

import dev.interviewlab.markdown.FrontMatter;
import dev.interviewlab.markdown.FrontMatterException;
import dev.interviewlab.markdown.MarkdownRenderer;
import dev.interviewlab.markdown.diagram.DiagramException;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an uploaded Markdown notebook (Hexo / Jekyll front matter: title, date, categories, tags)
 * into notes, one per heading at the chosen level. Every heading at that level <em>or above</em>
 * starts a new note, so text under a higher heading is never glued to the previous note; sections
 * with no text are skipped. Headings inside code blocks, quotes or lists do not split.
 */
public final class NotebookSplitter {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 4;
    public static final int MAX_NOTES = 500;
    private static final int MAX_TAGS = 20;
    private static final int SUMMARY_LENGTH = 160;
    private static final int MAX_TITLE_LENGTH = 300;
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final int maxBytes;

    public NotebookSplitter(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public ImportPlan split(String fileName, byte[] bytes, int splitLevel) {
        if (splitLevel < MIN_LEVEL || splitLevel > MAX_LEVEL) {
            throw new ImportException("import.error.level", MIN_LEVEL, MAX_LEVEL);
        }
        String text = decode(bytes);
        FrontMatter frontMatter;
        try {
            frontMatter = FrontMatter.parse(text);
        } catch (FrontMatterException e) {
            throw new ImportException("import.error.frontMatter", e.line(), e.getMessage());
        }
        try {
            markdown.checkDiagrams(frontMatter.body());
        } catch (DiagramException e) {
            DiagramException inFile = e.shifted(frontMatter.bodyLine() - 1);
            throw new ImportException(inFile.messageKey(), inFile.arguments().toArray());
        }
        Map<String, Object> fields = frontMatter.fields();
        String fileTitle = textField(fields.get("title"));
        List<ImportPlan.ImportedNote> notes = notes(frontMatter.body(), splitLevel,
                fileTitle != null ? fileTitle : baseName(fileName));
        if (notes.isEmpty()) {
            throw new ImportException("import.error.noNotes");
        }
        if (notes.size() > MAX_NOTES) {
            throw new ImportException("import.error.tooManyNotes", notes.size(), MAX_NOTES);
        }
        return new ImportPlan(fileName, splitLevel, firstText(fields.get("categories")), textList(fields.get("tags")),
                dateField(fields.get("date")), notes);
    }

    private String decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ImportException("import.error.empty");
        }
        if (bytes.length > maxBytes) {
            throw new ImportException("import.error.tooLarge", maxBytes / 1024);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new ImportException("import.error.binary");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.isBlank()) {
                throw new ImportException("import.error.empty");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new ImportException("import.error.binary");
        }
    }

    private List<ImportPlan.ImportedNote> notes(String body, int splitLevel, String preambleTitle) {
        String[] lines = body.split("\n", -1);
        List<int[]> splits = new ArrayList<>(); // {first line of the heading, first line after it}
        List<String> titles = new ArrayList<>();
        for (Node node = parser.parse(body).getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() <= splitLevel && !heading.getSourceSpans().isEmpty()) {
                var spans = heading.getSourceSpans(); // a Setext heading spans its text and its underline
                splits.add(new int[]{spans.get(0).getLineIndex(), spans.get(spans.size() - 1).getLineIndex() + 1});
                titles.add(headingText(heading));
            }
        }
        List<ImportPlan.ImportedNote> notes = new ArrayList<>();
        int firstSplit = splits.isEmpty() ? lines.length : splits.get(0)[0];
        addNote(notes, preambleTitle, List.of(), join(lines, 0, firstSplit));
        for (int i = 0; i < splits.size(); i++) {
            int start = splits.get(i)[1];
            int end = i + 1 < splits.size() ? splits.get(i + 1)[0] : lines.length;
            String rawTitle = titles.get(i);
            List<String> sources = new ArrayList<>();
            Matcher url = URL.matcher(rawTitle);
            while (url.find()) {
                sources.add(url.group());
            }
            String title = URL.matcher(rawTitle).replaceAll("").strip().replaceAll("\\s+", " ");
            addNote(notes, title.isEmpty() ? rawTitle.strip() : title, sources, join(lines, start, end));
        }
        return notes;
    }

    private void addNote(List<ImportPlan.ImportedNote> notes, String title, List<String> sources, String markdownBody) {
        if (markdownBody.isBlank() && sources.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (String source : sources) {
            text.append("Source: <").append(source).append(">\n\n");
        }
        text.append(markdownBody.strip()).append('\n');
        String plain = markdown.plainText(text.toString()).replaceAll("\\s+", " ").strip();
        String summary = plain.length() > SUMMARY_LENGTH ? plain.substring(0, SUMMARY_LENGTH) + "…" : plain;
        String shortTitle = title.length() > MAX_TITLE_LENGTH ? title.substring(0, MAX_TITLE_LENGTH) : title;
        notes.add(new ImportPlan.ImportedNote(shortTitle.isBlank() ? "Untitled" : shortTitle, text.toString(),
                summary.isEmpty() ? shortTitle : summary));
    }

    private static String headingText(Heading heading) {
        StringBuilder text = new StringBuilder();
        appendText(heading, text);
        return text.toString().strip();
    }

    private static void appendText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text literal) {
                text.append(literal.getLiteral());
            } else if (child instanceof Code code) {
                text.append(code.getLiteral());
            } else {
                appendText(child, text);
            }
        }
    }

    private static String join(String[] lines, int from, int to) {
        return from >= to ? "" : String.join("\n", java.util.Arrays.copyOfRange(lines, from, to));
    }

    private static String baseName(String fileName) {
        String name = fileName == null ? "notes" : fileName.replaceAll(".*[/\\\\]", "");
        return name.replaceAll("\\.(md|markdown|txt)$", "");
    }

    private static String textField(Object value) {
        return value instanceof String text && !text.isBlank() ? text.strip() : null;
    }

    /** Hexo allows {@code categories: a}, {@code [a, b]} and nested {@code [[a, b]]}; the first wins. */
    private static String firstText(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : firstText(list.get(0));
        }
        return value == null ? null : textField(String.valueOf(value));
    }

    private static List<String> textList(Object value) {
        if (value == null) {
            return List.of();
        }
        List<?> items = value instanceof List<?> list ? list : List.of(value);
        return items.stream().filter(java.util.Objects::nonNull).map(item -> String.valueOf(item).strip())
                .filter(item -> !item.isEmpty()).map(item -> item.length() > 60 ? item.substring(0, 60) : item)
                .distinct().limit(MAX_TAGS).toList();
    }

    private static String dateField(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        return value == null ? null : String.valueOf(value);
    }
}
