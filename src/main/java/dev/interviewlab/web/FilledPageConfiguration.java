package dev.interviewlab.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Controllers may answer with a {@link FilledPage}: it is written by {@link FilledPageMessageConverter}. */
@Configuration(proxyBeanMethods = false)
class FilledPageConfiguration implements WebMvcConfigurer {

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        converters.addCustomConverter(new FilledPageMessageConverter());
    }
}
