package dev.interviewlab.account;

import dev.interviewlab.account.throttling.PasswordCheckThrottle;
import dev.interviewlab.account.throttling.TooManyAttemptsException;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.InvalidInputException.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Registration, password and profile changes, roles, and closing an account. */
@Service
@Transactional
public class AccountService {

    /** Lower-case letters, digits, dot, dash and underscore; 3 to 40 characters. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");
    /** NIST SP 800-63B asks for at least 8; long passphrases are welcome, bcrypt reads 72 bytes. */
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 72;
    static final int MAX_DISPLAY_NAME = 80;

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PersistentTokenRepository rememberMeTokens;
    private final ApplicationEventPublisher events;
    private final SignInRevocations revocations;
    private final PasswordCheckThrottle passwordChecks;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder encoder, PersistentTokenRepository rememberMeTokens,
                   ApplicationEventPublisher events, SignInRevocations revocations, PasswordCheckThrottle passwordChecks,
                   Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.rememberMeTokens = rememberMeTokens;
        this.events = events;
        this.revocations = revocations;
        this.passwordChecks = passwordChecks;
        this.clock = clock;
    }

    /** Creates a learner account; {@link InvalidInputException} names every field that is wrong. */
    public Account register(String username, String displayName, String password, String confirmation) {
        String name = username == null ? "" : Account.normalize(username);
        List<FieldProblem> problems = new ArrayList<>();
        if (!USERNAME.matcher(name).matches()) {
            problems.add(FieldProblem.of("username", "account.error.username"));
        } else if (accounts.existsByUsername(name)) {
            problems.add(FieldProblem.of("username", "account.error.username.taken"));
        }
        checkDisplayName(displayName, problems);
        checkNewPassword("password", name, password, confirmation, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return accounts.save(new Account(name, displayName.strip(), encoder.encode(password), Role.LEARNER,
                clock.instant()));
    }

    /** Creates an account for the configuration (the first admin); no checks beyond the password's length. */
    Account create(String username, String password, Role role, boolean oneTimePassword) {
        Account account = new Account(username, username, encoder.encode(password), role, clock.instant());
        if (oneTimePassword) {
            account.requirePasswordChange();
        }
        return accounts.save(account);
    }

    /**
     * @throws InvalidInputException    a wrong current password or an unfit new one
     * @throws TooManyAttemptsException too many wrong current passwords: nothing checked or saved
     */
    public void changePassword(long accountId, String current, String password, String confirmation) {
        Account account = find(accountId);
        List<FieldProblem> problems = new ArrayList<>();
        if (!currentPasswordMatches(account, current)) {
            problems.add(FieldProblem.of("currentPassword", "account.error.password.current"));
        }
        checkNewPassword("newPassword", account.getUsername(), password, confirmation, problems);
        if (problems.isEmpty() && password.equals(current)) {
            problems.add(FieldProblem.of("newPassword", "account.error.password.same"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        account.changePassword(encoder.encode(password));
        // browsers signed in (or remembered) with the old password must sign in again
        rememberMeTokens.removeUserTokens(account.getUsername());
        revocations.revoke(accountId);
    }

    public void rename(long accountId, String displayName) {
        List<FieldProblem> problems = new ArrayList<>();
        checkDisplayName(displayName, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        find(accountId).rename(displayName.strip());
    }

    /**
     * Sets the profile's time zone (blank = unset, the browser's zone is used) and daily review goal.
     *
     * @throws InvalidInputException an unknown zone, or a goal that is not a whole number from 1 to 500
     */
    public void changeDay(long accountId, String timeZone, String dailyGoal) {
        DayPreferences.Parsed day = DayPreferences.parse(timeZone, dailyGoal);
        if (!day.problems().isEmpty()) {
            throw new InvalidInputException(day.problems());
        }
        find(accountId).changeDay(day.timeZone(), day.dailyGoal());
    }

    public void grant(long accountId, Role role) {
        find(accountId).grant(role);
        revocations.revoke(accountId);
    }

    /**
     * An admin changes an account's role, given as the form sends it ({@code learner}, {@code editor},
     * {@code admin}). The last admin keeps the role: without one, no one could manage accounts. The
     * admins are locked first, so two admins taking each other's role cannot both succeed.
     *
     * @throws AccountNotFoundException no such account
     * @throws InvalidInputException     an unknown role, or the last admin's role taken away
     */
    public void changeRole(long accountId, String roleName) {
        Role role = Role.parse(roleName)
                .orElseThrow(() -> new InvalidInputException(List.of(FieldProblem.of("role", "admin.error.role"))));
        List<Account> admins = accounts.lockByRole(Role.ADMIN);
        Account account = find(accountId);
        if (account.getRole() == Role.ADMIN && role != Role.ADMIN && admins.size() <= 1) {
            throw new InvalidInputException(List.of(FieldProblem.of("role", "admin.error.lastAdmin")));
        }
        account.grant(role);
        // the account's sessions hold the old role: they end, and a remembered browser signs in anew
        revocations.revoke(accountId);
    }

    /**
     * Closes the account after checking its password. Features that keep data per account listen
     * for {@link AccountDeletedEvent} in this transaction, so the account and its data go together.
     *
     * @throws TooManyAttemptsException too many wrong passwords: nothing checked or deleted
     */
    public void delete(long accountId, String password) {
        Account account = find(accountId);
        if (!currentPasswordMatches(account, password)) {
            throw new InvalidInputException(List.of(FieldProblem.of("password", "account.error.password.current")));
        }
        events.publishEvent(new AccountDeletedEvent(account.getId()));
        rememberMeTokens.removeUserTokens(account.getUsername());
        revocations.revoke(accountId);
        accounts.delete(account);
    }

    @Transactional(readOnly = true)
    public Account find(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
    }

    @Transactional(readOnly = true)
    public List<Account> all() {
        return accounts.findAllByOrderByUsernameAsc();
    }

    /**
     * Checks a signed-in account's password under the sign-in's limits: while the account must
     * wait, nothing is hashed; the failure that starts a wait says so at once.
     */
    private boolean currentPasswordMatches(Account account, String given) {
        passwordChecks.checkAllowed(account.getId());
        if (given == null || !encoder.matches(given, account.getPasswordHash())) {
            passwordChecks.wrongPassword(account.getId());
            return false;
        }
        passwordChecks.rightPassword(account.getId());
        return true;
    }

    private static void checkDisplayName(String displayName, List<FieldProblem> problems) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > MAX_DISPLAY_NAME
                || displayName.chars().anyMatch(Character::isISOControl)) {
            problems.add(FieldProblem.of("displayName", "account.error.displayName", MAX_DISPLAY_NAME));
        }
    }

    /** NIST SP 800-63B §3.1.1.2: no password from a list of common ones, none equal to the username. */
    private static void checkNewPassword(String field, String username, String password, String confirmation,
                                         List<FieldProblem> problems) {
        if (password == null || password.length() < MIN_PASSWORD
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD) {
            problems.add(FieldProblem.of(field, "account.error.password.length", MIN_PASSWORD, MAX_PASSWORD));
        } else if (password.strip().toLowerCase(Locale.ROOT).equals(username)) {
            problems.add(FieldProblem.of(field, "account.error.password.username"));
        } else if (CommonPasswords.contains(password)) {
            problems.add(FieldProblem.of(field, "account.error.password.common"));
        } else if (!password.equals(confirmation)) {
            problems.add(FieldProblem.of("confirmation", "account.error.password.confirmation"));
        }
    }
}
