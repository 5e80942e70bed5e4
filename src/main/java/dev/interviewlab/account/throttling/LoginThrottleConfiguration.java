package dev.interviewlab.account.throttling;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The throttle and its failure handler, which SecurityConfiguration puts into the form login; and
 * the same rule for the other places a password is guessed or hashed on request.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LoginThrottleSettings.class, RegistrationThrottleSettings.class})
public class LoginThrottleConfiguration {

    @Bean
    LoginThrottle loginThrottle(LoginThrottleSettings settings, Clock clock) {
        return new LoginThrottle(settings, clock);
    }

    @Bean
    PasswordCheckThrottle passwordCheckThrottle(LoginThrottleSettings settings, Clock clock) {
        return new PasswordCheckThrottle(settings, clock);
    }

    @Bean
    RegistrationThrottle registrationThrottle(RegistrationThrottleSettings settings, Clock clock) {
        return new RegistrationThrottle(settings, clock);
    }

    @Bean
    ThrottledSignInFailure throttledSignInFailure(LoginThrottle throttle) {
        return new ThrottledSignInFailure(throttle);
    }
}
