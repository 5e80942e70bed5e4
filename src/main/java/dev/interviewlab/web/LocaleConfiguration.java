package dev.interviewlab.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;

/**
 * The interface follows the browser's language (Accept-Language) until the learner picks one with
 * {@code ?lang=en|zh}; the choice is remembered in a cookie for a year.
 */
@Configuration
class LocaleConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SupportedLanguageLocaleResolver();
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(SupportedLanguageLocaleResolver::fromAcceptLanguage);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new LanguageSwitch()).excludePathPatterns("/api/**", "/assets/**");
    }

    /** Maps every locale onto one of the two supported languages. */
    static final class SupportedLanguageLocaleResolver extends CookieLocaleResolver {

        SupportedLanguageLocaleResolver() {
            super(COOKIE);
        }

        static Locale fromAcceptLanguage(HttpServletRequest request) {
            for (Locale locale : Collections.list(request.getLocales())) {
                if (Language.isSupported(locale)) {
                    return Language.of(locale).locale();
                }
            }
            return Language.EN.locale();
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return Language.of(super.resolveLocale(request)).locale();
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            super.setLocale(request, response, locale == null ? null : Language.of(locale).locale());
        }
    }
}
