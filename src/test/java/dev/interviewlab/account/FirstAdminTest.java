package dev.interviewlab.account;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class FirstAdminTest {

    private final AccountRepository repository = mock(AccountRepository.class);
    private final AccountService service = mock(AccountService.class);

    private void start(String username, String password) {
        new FirstAdmin(repository, service, username, password).run(new DefaultApplicationArguments());
    }

    @Test
    void theConfiguredAdminIsCreatedWithTheConfiguredPassword() {
        start("Root", "a long configured password");

        verify(service).create("Root", "a long configured password", Role.ADMIN, false);
    }

    @Test
    void withoutConfigurationAnAdminGetsARandomOneTimePassword() {
        start("", "");
        start("", "");

        ArgumentCaptor<String> passwords = ArgumentCaptor.forClass(String.class);
        verify(service, times(2)).create(eq("admin"), passwords.capture(), eq(Role.ADMIN), eq(true));
        assertThat(passwords.getAllValues()).allSatisfy(password -> assertThat(password).matches("[a-zA-Z2-9]{20}"));
        assertThat(passwords.getAllValues().get(0)).isNotEqualTo(passwords.getAllValues().get(1));
    }

    @Test
    void nothingIsCreatedOnceAnAdminExists() {
        when(repository.existsByRole(Role.ADMIN)).thenReturn(true);

        start("root", "a long configured password");

        verify(service, never()).create(anyString(), anyString(), any(), anyBoolean());
    }

    @Test
    void aShortConfiguredPasswordStopsTheStart() {
        assertThatThrownBy(() -> start("root", "short")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 10 characters");
    }

    @Test
    void aCommonConfiguredPasswordOrTheUsernameStopsTheStart() {
        assertThatThrownBy(() -> start("root", "Password2024")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("common password");
        assertThatThrownBy(() -> start("superuser-1", "SuperUser-1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the username");
        verify(service, never()).create(anyString(), anyString(), any(), anyBoolean());
    }

    @Test
    void aTakenNameIsNotTurnedIntoAnAdmin() {
        when(repository.existsByUsername("admin")).thenReturn(true);

        start("", "");

        verify(service, never()).create(anyString(), anyString(), any(), anyBoolean());
    }
}
