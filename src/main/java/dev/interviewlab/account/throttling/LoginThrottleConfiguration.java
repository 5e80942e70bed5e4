package dev.interviewlab.account.throttling;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The throttle and its failure handler, which SecurityConfiguration puts into the form login; and
 * the same rule for the other places a password is guessed or hashed on request. All three count in
 * the database ({@link StrikeStore}), so instances sharing it throttle as one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LoginThrottleSettings.class, RegistrationThrottleSettings.class})
public class LoginThrottleConfiguration {

    @Bean
    StrikeStore strikeStore(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        return new StrikeStore(dataSource, transactions, clock);
    }

    @Bean
    LoginThrottle loginThrottle(LoginThrottleSettings settings, Clock clock, StrikeStore store) {
        return new LoginThrottle(settings, clock, store);
    }

    @Bean
    PasswordCheckThrottle passwordCheckThrottle(LoginThrottleSettings settings, Clock clock, StrikeStore store) {
        return new PasswordCheckThrottle(settings, clock, store);
    }

    @Bean
    RegistrationThrottle registrationThrottle(RegistrationThrottleSettings settings, Clock clock, StrikeStore store) {
        return new RegistrationThrottle(settings, clock, store);
    }

    @Bean
    ThrottledSignInFailure throttledSignInFailure(LoginThrottle throttle) {
        return new ThrottledSignInFailure(throttle);
    }
}
