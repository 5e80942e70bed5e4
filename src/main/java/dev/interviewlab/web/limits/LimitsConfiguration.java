package dev.interviewlab.web.limits;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.util.Set;

/**
 * Rate limits on the endpoints that cost work and the request-size limit on every body.
 * Simulations are counted on every request that runs an engine (pages are GETs: their settings
 * travel in the URL); quizzes on the requests that change an attempt, pages and API alike.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitSettings.class)
class LimitsConfiguration implements WebMvcConfigurer {

    private final RateLimitSettings settings;
    private final Clock clock;

    LimitsConfiguration(RateLimitSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (!settings.enabled()) {
            return;
        }
        ClientRateLimit simulations = new ClientRateLimit(settings.simulationBurst(), settings.simulationPerMinute(),
                settings.maxClients(), clock);
        ClientRateLimit quizzes = new ClientRateLimit(settings.quizBurst(), settings.quizPerMinute(),
                settings.maxClients(), clock);
        // after the interceptors that prepare the layout (signed-in account, language links): the 429 page uses them
        registry.addInterceptor(new RateLimitInterceptor(simulations, Set.of()))
                .addPathPatterns("/simulations/*", "/simulations/*/**", "/api/simulations/**")
                .order(Ordered.LOWEST_PRECEDENCE);
        registry.addInterceptor(new RateLimitInterceptor(quizzes, Set.of("POST", "PUT", "PATCH", "DELETE")))
                .addPathPatterns("/quizzes/**")
                .order(Ordered.LOWEST_PRECEDENCE);
        registry.addInterceptor(new RateLimitInterceptor(quizzes, Set.of()))
                .addPathPatterns("/api/quizzes/**")
                .order(Ordered.LOWEST_PRECEDENCE);
    }

    // before every other filter that could read the body (FormContentFilter, Spring Security's CSRF check)
    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(
            @Value("${interviewlab.request-size.max-api-body:512KB}") DataSize maxApiBody,
            @Value("${interviewlab.request-size.max-form-body:3MB}") DataSize maxFormBody,
            MessageSource messages, LocaleResolver locales) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
                new RequestSizeLimit(maxApiBody.toBytes(), maxFormBody.toBytes(), messages, locales));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        // and on the error page of a refused body, which must not read it (RequestSizeLimit#shouldNotFilterErrorDispatch)
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }
}
