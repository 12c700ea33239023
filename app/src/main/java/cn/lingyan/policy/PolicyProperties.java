package cn.lingyan.policy;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a policy owner's upload may contain, and which files the application ships as the shared default
 * (lingyan.policy).
 */
@ConfigurationProperties("lingyan.policy")
record PolicyProperties(@DefaultValue List<String> modelBeans, @DefaultValue("2097152") long maxUploadBytes,
        @DefaultValue({"classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn", "classpath*:forms/**/*.form"})
        List<String> shippedResources) {}
