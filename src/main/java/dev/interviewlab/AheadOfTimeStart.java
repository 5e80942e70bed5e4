package dev.interviewlab;

import org.slf4j.LoggerFactory;
import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

import java.util.Arrays;

/**
 * Whether a start may use the bean definitions that Spring AOT worked out when the jar was built
 * (bin/interviewlab and the Dockerfile ask for them with {@code -Dspring.aot.enabled=true}). They were
 * worked out for the web site with the default profile, so a start with a profile (postgres: other
 * beans, sessions in the database) and the backup, restore and import commands (no web server, no
 * content loading) start the ordinary way, whatever the flag says.
 */
final class AheadOfTimeStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String FLAG = "spring.aot.enabled";

    /** For the commands: their beans differ from the site's. */
    static void notForThisStart() {
        System.setProperty(FLAG, "false");
    }

    /** Once the active profiles are known, before the application context is made: only with the default profile. */
    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String[] profiles = event.getEnvironment().getActiveProfiles();
        if (AotDetector.useGeneratedArtifacts() && profiles.length > 0) {
            notForThisStart();
            LoggerFactory.getLogger(AheadOfTimeStart.class).info(
                    "Profile {} active: starting without the build-time (AOT) bean definitions, which are for the default profile",
                    Arrays.toString(profiles));
        }
    }
}
