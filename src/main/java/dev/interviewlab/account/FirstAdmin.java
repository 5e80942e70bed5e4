package dev.interviewlab.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;

/**
 * There is no built-in account with a known password. At a start with no admin account, the first
 * admin is created from {@code INTERVIEWLAB_ADMIN_USERNAME} and {@code INTERVIEWLAB_ADMIN_PASSWORD};
 * without them, an account {@code admin} gets a random one-time password, printed once in the log,
 * which must be replaced at the first sign-in.
 */
// the command-line import runs without a web server, and so without sign-ins
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AccountRepository accounts;
    private final AccountService service;
    private final String username;
    private final String password;
    private final SecureRandom random = new SecureRandom();

    FirstAdmin(AccountRepository accounts, AccountService service,
               @Value("${interviewlab.admin.username:}") String username,
               @Value("${interviewlab.admin.password:}") String password) {
        this.accounts = accounts;
        this.service = service;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.existsByRole(Role.ADMIN)) {
            return;
        }
        if (!username.isBlank() && !password.isBlank()) {
            if (password.length() < AccountService.MIN_PASSWORD) {
                throw new IllegalStateException("INTERVIEWLAB_ADMIN_PASSWORD needs at least "
                        + AccountService.MIN_PASSWORD + " characters");
            }
            // the rules a new password meets in the forms; this one opens every account
            if (CommonPasswords.contains(password) || Account.normalize(password).equals(Account.normalize(username))) {
                throw new IllegalStateException("INTERVIEWLAB_ADMIN_PASSWORD is a common password or the username;"
                        + " choose another");
            }
            service.create(username, password, Role.ADMIN, false);
            log.info("Created the admin account '{}' from the configuration", Account.normalize(username));
            return;
        }
        String name = username.isBlank() ? "admin" : username;
        if (accounts.existsByUsername(Account.normalize(name))) {
            log.warn("No admin account exists and '{}' is taken by another account; set INTERVIEWLAB_ADMIN_USERNAME"
                    + " and INTERVIEWLAB_ADMIN_PASSWORD to create one", name);
            return;
        }
        String oneTime = oneTimePassword();
        service.create(name, oneTime, Role.ADMIN, true);
        log.warn("""

                ==== Interview Lab: first admin account ====
                  username: {}
                  one-time password: {}
                  Sign in at /login; you will be asked to choose your own password.
                ============================================""", Account.normalize(name), oneTime);
    }

    private String oneTimePassword() {
        StringBuilder builder = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            builder.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return builder.toString();
    }
}
