package cn.lingyan;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * A test class that walks the paths of the processes it names: the whole application as for {@link EngineTest}, in one
 * context shared by all process test classes; before each test a clean engine and clean project tables; after the
 * class the coverage gate of {@link ProcessCoverage}, which fails the class unless its tests together pass every
 * element of the named processes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@EngineTest
@Import(ProcessCoverage.class)
@TestExecutionListeners(listeners = ProcessTestListener.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface ProcessTest {

    /**
     * Keys of the processes whose every path this class tests. Other processes its tests pass through (a screening
     * starts rectification cases) are gated by their own class, not by this one.
     */
    String[] value();
}
