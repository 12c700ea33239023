package cn.lingyan;

import java.util.Set;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Scope;

/**
 * The coverage gate of every {@link ProcessTest} class (camunda-process-test-coverage): once the class has run, the
 * processes it names must be covered at least {@link #CLASS_COVERAGE_AT_LEAST}, or the class fails and the build
 * with it. Every other deployed process is left out of that class's count. As the library counts only processes it
 * saw running, a named process that none of the class's tests starts is not counted either.
 *
 * <p>The library reads its properties from the application context as each test class starts. The process test
 * classes share one context, so the properties bean is a prototype that hands out what {@link ProcessTestListener}
 * set for the class that is starting.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessEngineCoverageConfiguration.class)
class ProcessCoverage {

    /** Every flow node and sequence flow of the named processes, passed by at least one test of the class. */
    static final double CLASS_COVERAGE_AT_LEAST = 1.0;

    private ProcessEngineCoverageProperties current;

    @Bean
    @Primary // over the library's default properties
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    ProcessEngineCoverageProperties processTestCoverage() {
        if (current == null) {
            throw new IllegalStateException("No process test class has started: the coverage gate has no processes to count");
        }
        return current;
    }

    /** Gates {@code testClass} on {@code processKeys} and leaves the rest of {@code deployedKeys} out. */
    void gate(Class<?> testClass, Set<String> processKeys, Set<String> deployedKeys) {
        if (processKeys.isEmpty() || !deployedKeys.containsAll(processKeys)) {
            throw new IllegalStateException("@ProcessTest of " + testClass.getSimpleName() + " names " + processKeys
                    + "; deployed are " + deployedKeys);
        }
        String[] others = deployedKeys.stream().filter(key -> !processKeys.contains(key)).toArray(String[]::new);
        current = ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(CLASS_COVERAGE_AT_LEAST)
                .excludeProcessDefinitionKeys(others).build();
    }
}
