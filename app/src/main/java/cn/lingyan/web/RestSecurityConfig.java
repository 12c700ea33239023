package cn.lingyan.web;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST starter registers no authentication. HTTP Basic against Camunda's identity service guards the
 * engine REST API and our own /api; the filter sets the engine's authenticated user, so authorization
 * checks apply per user. The webapps keep their own session login.
 */
@Configuration
class RestSecurityConfig {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("lingyan-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*", "/api/*");
        return registration;
    }

    /** Runs outside the authentication filter so it also sees its 401s untouched, and covers Tasklist's API. */
    @Bean
    FilterRegistrationBean<RefusalResponseFilter> refusalResponseFilter() {
        FilterRegistrationBean<RefusalResponseFilter> registration = new FilterRegistrationBean<>(new RefusalResponseFilter());
        registration.setName("lingyan-refusal-response");
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        return registration;
    }
}
