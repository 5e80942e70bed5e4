package dev.interviewlab.quiz.bank;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the item bank at start-up, after the topics (their slugs must be known); a broken item
 * file stops start-up with a message naming the file and the item.
 */
// off for the backup and restore commands (BackupCommand), which take or replace the database as it is
@ConditionalOnProperty(name = "interviewlab.content.load-at-start", havingValue = "true", matchIfMissing = true)
@Component
@Order(5)
class QuizBankStartup implements ApplicationRunner {

    private final QuizBankLoader loader;
    private final String location;

    QuizBankStartup(QuizBankLoader loader,
                    @Value("${interviewlab.quiz.content-location:" + QuizBankReader.DEFAULT_LOCATION + "}") String location) {
        this.loader = loader;
        this.location = location;
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.load(new QuizBankReader(location).read());
    }
}
