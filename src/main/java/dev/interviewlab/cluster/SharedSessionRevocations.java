package dev.interviewlab.cluster;

import dev.interviewlab.account.AccountRepository;
import dev.interviewlab.account.SignInsRevokedEvent;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends an account's other sessions in the database when its sign-ins are revoked (a new password, a new
 * role, a closed account). The in-memory revocation counts that end them on H2 are per instance and
 * forgotten at a restart, while these sessions are shared and outlive restarts: deleting their rows, in
 * the transaction that revoked them, ends them on every instance. The session making the change stays
 * (a password change keeps its browser signed in, with a new session id).
 */
@Component
@Profile("postgres")
class SharedSessionRevocations {

    private final AccountRepository accounts;
    private final JdbcTemplate jdbc;

    SharedSessionRevocations(AccountRepository accounts, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @EventListener
    void revoked(SignInsRevokedEvent event) {
        accounts.findById(event.accountId()).ifPresent(account -> jdbc.update(
                "DELETE FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ? AND SESSION_ID <> ?",
                account.getUsername(), currentSessionId()));
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            if (session != null) {
                return session.getId();
            }
        }
        return "";
    }
}
