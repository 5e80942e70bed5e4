package dev.interviewlab.account;

import dev.interviewlab.web.ReaderTimeZone;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the signed-in account (if any) in every request as {@code signedIn}, for the layout's header,
 * and its profile's time zone where {@link ReaderTimeZone#of} finds it first, and keeps an account with a one-time password on the password form.
 */
@Configuration
class AccountWebConfiguration implements WebMvcConfigurer {

    static final String SIGNED_IN = "signedIn";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                CurrentAccount.find().ifPresent(account -> {
                    request.setAttribute(SIGNED_IN, account);
                    account.timeZone().ifPresent(zone -> request.setAttribute(ReaderTimeZone.ACCOUNT_ZONE, zone));
                });
                return true;
            }
        }).excludePathPatterns("/assets/**");
        registry.addInterceptor(new PasswordChangeRequired()).excludePathPatterns("/assets/**", "/error", "/logout");
    }
}
