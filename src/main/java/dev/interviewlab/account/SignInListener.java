package dev.interviewlab.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Told when someone signs in or registers in a browser, before the redirect: features move what
 * the browser did as a guest (its quiz attempts) to the account.
 */
public interface SignInListener {

    void signedIn(SignedInAccount account, HttpServletRequest request, HttpServletResponse response);
}
