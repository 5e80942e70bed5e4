package dev.interviewlab.backup;

import dev.interviewlab.InterviewLabApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar interview-lab.jar backup FILE} and {@code restore FILE}: start the application
 * without the web server against the configured database (Flyway migrates it as at any start), do
 * the job, print a summary and exit 0; on any error print one line and exit 1 (2 for a wrong command
 * line). Further {@code --name=value} arguments configure the application as usual.
 */
public final class BackupCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = "usage: java -jar interview-lab.jar backup FILE | restore FILE [--name=value ...]";

    /**
     * Settings of a command run, under anything given on the command line: no built-in content loading
     * (a backup takes the database as it is, a restore replaces that content anyway), no sweep of
     * abandoned quiz attempts while it runs, and only warnings in the log so the summary stands out.
     */
    static final Map<String, Object> COMMAND_DEFAULTS = Map.of(
            "interviewlab.content.load-at-start", "false",
            "interviewlab.quiz.sweep-interval", "PT24H",
            "spring.main.banner-mode", "off",
            "logging.level.root", "WARN");

    private BackupCommand() {
    }

    public static boolean isRequested(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command named by {@code args[0]}; returns the process's exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args[0];
        if (args.length < 2 || args[1].startsWith("--") || Arrays.stream(args).skip(2).anyMatch(arg -> !arg.startsWith("--"))) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        Path file = Path.of(args[1]);
        String[] settings = Arrays.copyOfRange(args, 2, args.length);
        SpringApplication application = new SpringApplication(InterviewLabApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(COMMAND_DEFAULTS);
        try (ConfigurableApplicationContext context = application.run(settings)) {
            if (command.equals("backup")) {
                print(out, context.getBean(BackupWriter.class).backup(file));
            } else {
                print(out, context.getBean(BackupRestorer.class).restore(file));
            }
            return OK;
        } catch (RuntimeException e) {
            err.println(command.equals("backup")
                    ? "backup failed, no file was written: " + reason(e)
                    : "restore failed, the database was not changed: " + reason(e));
            return FAILED;
        }
    }

    /** The most telling message: a {@link BackupException}'s own, else the innermost cause's first line. */
    static String reason(Throwable failure) {
        Throwable cause = failure;
        while (!(cause instanceof BackupException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return BackupDatabase.firstLine(message);
    }

    private static void print(PrintStream out, BackupWriter.Summary summary) {
        out.printf("Backup written to %s (%,d bytes)%n", summary.file(), summary.bytes());
        out.printf("  from %s, database schema version %s%n", summary.sourceDatabase(), summary.schemaVersion());
        printTables(out, summary.tables());
    }

    private static void print(PrintStream out, BackupRestorer.Summary summary) {
        out.printf("Restored %s (%,d bytes)%n", summary.file(), summary.bytes());
        out.printf("  a backup of %s taken %s by Interview Lab %s, database schema version %s%n",
                summary.sourceDatabase(), summary.createdAt(), summary.applicationVersion(), summary.schemaVersion());
        printTables(out, summary.tables());
        out.println("Start the site again: its caches, search index and sessions begin from the restored data.");
    }

    private static void printTables(PrintStream out, List<BackupWriter.TableCount> tables) {
        out.printf("  %-24s %10s%n", "table", "rows");
        long total = 0;
        for (BackupWriter.TableCount table : tables) {
            out.printf("  %-24s %,10d%n", table.table(), table.rows());
            total += table.rows();
        }
        out.printf("  %d tables, %,d rows%n", tables.size(), total);
    }
}
