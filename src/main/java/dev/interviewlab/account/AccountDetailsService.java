package dev.interviewlab.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for form login and remember-me. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final SignInRevocations revocations;

    AccountDetailsService(AccountRepository accounts, SignInRevocations revocations) {
        this.accounts = accounts;
        this.revocations = revocations;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(Account.normalize(username))
                .map(account -> new SignedInAccount(account, revocations.current(account.getId())))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
