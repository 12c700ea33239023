package cn.lingyan.policy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

/** The upload check, with the model beans' public methods read from the running application. */
@Configuration
class PolicyConfig {

    @Bean
    UploadSafety uploadSafety(PolicyProperties properties, ApplicationContext context) {
        Map<String, Set<String>> modelBeans = new LinkedHashMap<>();
        for (String bean : properties.modelBeans()) {
            Class<?> type = context.getType(bean);
            if (type == null) {
                throw new IllegalStateException("lingyan.policy.model-beans names " + bean + ", which is not a bean");
            }
            modelBeans.put(bean, Arrays.stream(ClassUtils.getUserClass(type).getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()).map(Method::getName)
                    .collect(Collectors.toUnmodifiableSet()));
        }
        return new UploadSafety(new ExpressionGuard(modelBeans, Set.of(context.getBeanDefinitionNames())));
    }
}
