package dev.interviewlab;

import dev.interviewlab.backup.BackupCommand;
import dev.interviewlab.topic.importing.CommandLineImport;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

@SpringBootApplication
public class InterviewLabApplication {

    public static void main(String[] args) {
        if (BackupCommand.isRequested(args)) {
            // backup FILE, restore FILE: docs/backup-format.md
            AheadOfTimeStart.notForThisStart();
            System.exit(BackupCommand.run(args, System.out, System.err));
        }
        SpringApplication application = new SpringApplication(InterviewLabApplication.class);
        application.addListeners(new AheadOfTimeStart());
        if (!CommandLineImport.isRequested(args)) {
            application.run(args);
            return;
        }
        // An import from the command line runs, reports and exits; it needs no web server.
        AheadOfTimeStart.notForThisStart();
        application.setWebApplicationType(WebApplicationType.NONE);
        try {
            application.run(args).close();
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
                cause = cause.getCause();
            }
            System.err.println(cause.getMessage());
            System.exit(1);
        }
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
