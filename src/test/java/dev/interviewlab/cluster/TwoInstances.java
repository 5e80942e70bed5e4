package dev.interviewlab.cluster;

import dev.interviewlab.InterviewLabApplication;
import dev.interviewlab.SiteClient;
import org.junit.jupiter.api.Assumptions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Two complete instances of the site (web server, caches, search indexes, background work) on random
 * ports in this JVM, both on the current PostgreSQL database, as two machines behind a load balancer
 * would run. Start them in a {@code @BeforeAll} (it takes some seconds) and close them in {@code @AfterAll}.
 *
 * <pre>{@code
 * instances = TwoInstances.start();                 // skips the test class unless on PostgreSQL
 * SiteClient onA = instances.browser(), onB = onA.onPort(instances.portB());
 * instances.a().getBean(AccountService.class) ...   // each instance's beans, for test data
 * }</pre>
 */
public final class TwoInstances implements AutoCloseable {

    private final ConfigurableApplicationContext a;
    private final ConfigurableApplicationContext b;
    private final List<Path> dataDirectories;

    private TwoInstances(ConfigurableApplicationContext a, ConfigurableApplicationContext b, List<Path> dataDirectories) {
        this.a = a;
        this.b = b;
        this.dataDirectories = dataDirectories;
    }

    /**
     * Skips the calling test (a JUnit assumption) unless this run uses PostgreSQL (the {@code postgres}
     * profile, as CI's database pass): on H2 every instance has a private in-memory database.
     */
    public static void assumePostgres() {
        String profiles = System.getProperty("spring.profiles.active", System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", ""));
        Assumptions.assumeTrue(Arrays.asList(profiles.split("\\s*,\\s*")).contains("postgres"),
                "two instances share a PostgreSQL database: run with SPRING_PROFILES_ACTIVE=postgres");
    }

    /**
     * Starts instance A, then instance B, on the current database.
     *
     * @param properties extra {@code name=value} settings for both, e.g. {@code "interviewlab.cluster.poll-period=1s"}
     */
    public static TwoInstances start(String... properties) throws IOException {
        assumePostgres();
        List<Path> directories = new ArrayList<>();
        ConfigurableApplicationContext a = instance("a", directories, properties);
        // the failed sign-ins of earlier test classes on this database would throttle this one (FreshThrottles)
        a.getBean(JdbcTemplate.class).update("DELETE FROM throttle_strike");
        try {
            return new TwoInstances(a, instance("b", directories, properties), directories);
        } catch (RuntimeException | IOException e) {
            a.close();
            throw e;
        }
    }

    private static ConfigurableApplicationContext instance(String name, List<Path> directories, String... properties)
            throws IOException {
        Path dataDirectory = Files.createTempDirectory("interviewlab-instance-" + name);
        directories.add(dataDirectory);
        List<String> settings = new ArrayList<>(List.of("server.port=0", "interviewlab.data-dir=" + dataDirectory,
                "spring.main.banner-mode=off"));
        settings.addAll(List.of(properties));
        return new SpringApplicationBuilder(InterviewLabApplication.class).properties(settings.toArray(String[]::new)).run();
    }

    public ConfigurableApplicationContext a() {
        return a;
    }

    public ConfigurableApplicationContext b() {
        return b;
    }

    public int portA() {
        return port(a);
    }

    public int portB() {
        return port(b);
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    /** A new browser (its own cookies) talking to A; {@code onPort(portB())} is the same browser talking to B. */
    public SiteClient browser() {
        return new SiteClient(portA(), false);
    }

    @Override
    public void close() throws IOException {
        try {
            b.close();
        } finally {
            a.close();
            for (Path directory : dataDirectories) {
                try (Stream<Path> files = Files.walk(directory)) {
                    files.sorted((x, y) -> y.compareTo(x)).forEach(path -> path.toFile().delete());
                }
            }
        }
    }
}
