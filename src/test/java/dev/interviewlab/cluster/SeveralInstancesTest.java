package dev.interviewlab.cluster;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import dev.interviewlab.account.Account;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL database behave as one site to a browser that a load balancer sends
 * to either (docs/cluster.md). Skipped on H2.
 */
@DatabaseTest
class SeveralInstancesTest {

    private static final String PASSWORD = "several instances password";

    private static TwoInstances instances;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        instances = TwoInstances.start();
    }

    @AfterAll
    static void stopThem() throws Exception {
        if (instances != null) {
            instances.close();
        }
    }

    private static String account(Role role) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        AccountService accounts = instances.a().getBean(AccountService.class);
        Account account = accounts.register(username, "Ada " + username, PASSWORD, PASSWORD);
        if (role != Role.LEARNER) {
            accounts.grant(account.getId(), role);
        }
        return username;
    }

    @Test
    void aSignInOnOneInstanceHoldsOnTheOther() throws Exception {
        String username = account(Role.LEARNER);
        SiteClient onA = instances.browser();
        SiteClient onB = onA.onPort(instances.portB());
        assertThat(onB.get("/account").statusCode()).as("a guest is sent to sign in").isEqualTo(302);

        assertThat(onA.signIn(username, PASSWORD).statusCode()).isEqualTo(302);

        HttpResponse<String> account = onB.get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("Ada " + username);
        assertThat(onA.get("/account").body()).contains("Ada " + username);
    }
}
