package cn.lingyan.webapp;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Serves the webapps' bundles that Lingyan corrects (see {@link BundlePatch}) in place of the stock files. */
@Configuration
class WebappPatches {

    private final String webapp;

    WebappPatches(@Value("${camunda.bpm.webapp.application-path:/camunda}") String webapp) {
        this.webapp = webapp;
    }

    @Bean
    FilterRegistrationBean<TasklistFormFix> tasklistFormFix() {
        return register(new TasklistFormFix(), "lingyan-tasklist-form-fix", "/app/tasklist/camunda-tasklist-bootstrap.js");
    }

    @Bean
    FilterRegistrationBean<FormMessagesZh> formMessagesZh() {
        return register(new FormMessagesZh(), "lingyan-form-messages-zh", "/lib/deps.js");
    }

    private <T extends BundlePatch> FilterRegistrationBean<T> register(T patch, String name, String path) {
        FilterRegistrationBean<T> registration = new FilterRegistrationBean<>(patch);
        registration.setName(name);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns(webapp + path);
        return registration;
    }
}
