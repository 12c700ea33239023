package cn.lingyan.webapp;

import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.stereotype.Component;

/**
 * Spring beans for the webapp plugins' JAX-RS resources, which the Camunda webapp (not Spring) instantiates per
 * request and so cannot receive by injection.
 */
@Component
public class SpringBeans implements ApplicationContextAware {

    private static ApplicationContext context;

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
        context = applicationContext;
    }

    public static <T> T get(Class<T> type) {
        if (context == null) {
            throw new IllegalStateException("Application context not started");
        }
        return context.getBean(type);
    }
}
