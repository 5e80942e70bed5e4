package dev.interviewlab.topic.importing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code java -jar interview-lab.jar --import=notes.md [--split-level=2]}: the same import as the
 * web form, run once against the configured database; the application then exits.
 */
@Component
@Order(10) // after the built-in content, so slugs of built-in topics are known
public class CommandLineImport implements ApplicationRunner {

    static final String IMPORT_OPTION = "--import=";
    private static final Logger log = LoggerFactory.getLogger(CommandLineImport.class);

    private final NoteImportService imports;
    private final MessageSource messages;

    CommandLineImport(NoteImportService imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    public static boolean isRequested(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith(IMPORT_OPTION));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("import")) {
            return;
        }
        Path file = Path.of(args.getOptionValues("import").get(0));
        int level = args.containsOption("split-level") ? parseLevel(args.getOptionValues("split-level").get(0)) : 2;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            ImportPlan plan = imports.plan(file.getFileName().toString(), bytes, level);
            List<String> saved = imports.save(plan);
            log.info("Imported {} notes from {}: {}", saved.size(), file, saved);
        } catch (ImportException e) {
            throw new IllegalArgumentException("Import of " + file + " failed, nothing was saved: "
                    + messages.getMessage(e.messageKey(), e.arguments(), Locale.ENGLISH), e);
        }
    }

    private static int parseLevel(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--split-level must be a number from "
                    + NotebookSplitter.MIN_LEVEL + " to " + NotebookSplitter.MAX_LEVEL, e);
        }
    }
}
