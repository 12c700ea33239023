package cn.lingyan.org;

import cn.lingyan.engine.SystemAccess;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link TasklistStartList} on the webapps' engine API, the door Tasklist's start dialog uses. */
@Configuration
class TasklistStartListConfig {

    @Bean
    FilterRegistrationBean<TasklistStartList> tasklistStartList(RepositoryService repositoryService, SystemAccess systemAccess,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapp) {
        FilterRegistrationBean<TasklistStartList> registration =
                new FilterRegistrationBean<>(new TasklistStartList(repositoryService, systemAccess));
        registration.setName("lingyan-tasklist-start-list");
        registration.addUrlPatterns(webapp + "/api/engine/*");
        return registration;
    }
}
