package dev.interviewlab.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords attackers try first ({@code account/common-passwords.txt}, one a line, lower case;
 * its header says what it holds and where it comes from). A password matches whatever its case and
 * spaces: "Password 123" is as weak as "password123". Read once, on first use; immutable after.
 */
final class CommonPasswords {

    static final String RESOURCE = "/account/common-passwords.txt";

    private CommonPasswords() {
    }

    static boolean contains(String password) {
        if (password == null) {
            return false;
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        return Loaded.SET.contains(lower) || Loaded.SET.contains(lower.replaceAll("\\s+", ""));
    }

    static int size() {
        return Loaded.SET.size();
    }

    // the holder idiom: loaded by the first check, not at start-up, and safely published
    private static final class Loaded {
        static final Set<String> SET = load();
    }

    private static Set<String> load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Set<String> passwords = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
