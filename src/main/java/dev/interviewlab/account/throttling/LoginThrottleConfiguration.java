package dev.interviewlab.account.throttling;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The throttle and its failure handler; SecurityConfiguration puts them into the form login. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginThrottleSettings.class)
public class LoginThrottleConfiguration {

    @Bean
    LoginThrottle loginThrottle(LoginThrottleSettings settings, Clock clock) {
        return new LoginThrottle(settings, clock);
    }

    @Bean
    ThrottledSignInFailure throttledSignInFailure(LoginThrottle throttle) {
        return new ThrottledSignInFailure(throttle);
    }
}
