package dev.interviewlab.progress;

import dev.interviewlab.account.Account;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.account.Role;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.attempt.QuizRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.List;
import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Accounts with unique names (test contexts share a database) and quiz attempts on the built-in bank. */
public record LearnerAccounts(AccountService accounts, UserDetailsService users, AttemptService attempts) {

    public static final String PASSWORD = "a learner's passphrase";

    public Account create(String prefix, Role role) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Account account = accounts.register(name, "Name of " + name, PASSWORD, PASSWORD);
        if (role != Role.LEARNER) {
            accounts.grant(account.getId(), role);
        }
        return accounts.find(account.getId());
    }

    /** Signs the request in as the account, as the login form would. */
    public RequestPostProcessor as(Account account) {
        return user(users.loadUserByUsername(account.getUsername()));
    }

    /** An untimed two-question networking quiz of the account; submitted when {@code finished}. */
    public String attempt(Account account, boolean finished) {
        AttemptOwner owner = AttemptOwner.account(account.getId());
        String id = attempts.start(owner, new QuizRequest(List.of("networking"), List.of(), "any", 2, null, true, false)).id();
        if (finished) {
            attempts.submit(owner, id);
        }
        return id;
    }
}
