package dev.interviewlab.web;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Controllers are found through {@link FirstSegmentHandlerMapping}, the rest of Spring MVC's set-up as Boot makes it. */
@Configuration(proxyBeanMethods = false)
class HandlerMappingConfiguration {

    @Bean
    WebMvcRegistrations firstSegmentHandlerMapping() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new FirstSegmentHandlerMapping();
            }
        };
    }
}
