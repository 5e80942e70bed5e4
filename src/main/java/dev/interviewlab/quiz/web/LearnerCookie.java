package dev.interviewlab.quiz.web;

import dev.interviewlab.account.CurrentAccount;
import dev.interviewlab.account.SignedInAccount;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who owns the attempts a request touches. A signed-in request: the account. A guest: the browser,
 * which gets a random learner id (256 bits, unguessable) in a long-lived cookie that scripts cannot
 * read (HttpOnly) and other sites' forms do not send (SameSite=Lax); a browser without a valid
 * cookie gets a new one. The guest's attempts move to the account when the browser signs in
 * ({@link GuestAttempts}).
 */
class LearnerCookie implements HandlerMethodArgumentResolver {

    static final String NAME = "learner";
    /** Browsers keep a cookie at most 400 days (RFC 6265bis §5.5); each visit to a quiz page renews it. */
    static final Duration MAX_AGE = Duration.ofDays(400);
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final String REQUEST_ATTRIBUTE = LearnerCookie.class.getName();

    private final SecureRandom random = new SecureRandom();

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == AttemptOwner.class;
    }

    @Override
    public AttemptOwner resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                        NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Optional<SignedInAccount> account = CurrentAccount.find();
        if (account.isPresent()) {
            return AttemptOwner.account(account.get().accountId());
        }
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        HttpServletResponse response = webRequest.getNativeResponse(HttpServletResponse.class);
        return AttemptOwner.browser(learnerId(request, response));
    }

    String learnerId(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(REQUEST_ATTRIBUTE) instanceof String known) {
            return known;
        }
        String id = existingLearnerId(request).orElse(null);
        if (id == null) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        if (response != null) {
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(NAME, id).httpOnly(true).sameSite("Lax")
                    .secure(request.isSecure()).path("/").maxAge(MAX_AGE).build().toString());
        }
        request.setAttribute(REQUEST_ATTRIBUTE, id);
        return id;
    }

    static Optional<String> existingLearnerId(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && cookie.getValue() != null && VALID.matcher(cookie.getValue()).matches()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
