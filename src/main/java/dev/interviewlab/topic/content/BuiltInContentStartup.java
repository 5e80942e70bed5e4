package dev.interviewlab.topic.content;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the built-in content before anything else runs; a broken content file stops start-up. */
// off for the backup and restore commands (BackupCommand), which take or replace the database as it is
@ConditionalOnProperty(name = "interviewlab.content.load-at-start", havingValue = "true", matchIfMissing = true)
@Component
@Order(0)
class BuiltInContentStartup implements ApplicationRunner {

    private final BuiltInContentLoader loader;
    private final String location;

    BuiltInContentStartup(BuiltInContentLoader loader,
                          @Value("${interviewlab.content.location:" + BuiltInContentReader.DEFAULT_LOCATION + "}") String location) {
        this.loader = loader;
        this.location = location;
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.load(new BuiltInContentReader(location).read());
    }
}
