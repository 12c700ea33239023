package cn.lingyan;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * What {@link ProcessTest} does around its classes: before each class, tells the coverage gate which processes the
 * class names; before each test, a clean engine and clean project tables.
 */
class ProcessTestListener extends AbstractTestExecutionListener {

    /** Ahead of the coverage library's listener, which has the lowest precedence and reads the gate as a class starts. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        ProcessTest processTest = TestContextAnnotationUtils.findMergedAnnotation(testContext.getTestClass(), ProcessTest.class);
        context.getBean(TestData.class).actAsSystem();
        Set<String> deployed = context.getBean(RepositoryService.class).createProcessDefinitionQuery().list().stream()
                .map(ProcessDefinition::getKey).collect(Collectors.toCollection(TreeSet::new));
        context.getBean(ProcessCoverage.class).gate(testContext.getTestClass(), Set.of(processTest.value()), deployed);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        BpmnAwareTests.init(context.getBean(ProcessEngine.class));
        context.getBean(TestData.class).reset();
    }
}
