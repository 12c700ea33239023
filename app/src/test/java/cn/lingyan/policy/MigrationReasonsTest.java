package cn.lingyan.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The engine's migration refusals in the words a policy owner reads, with the names the engine gives kept. */
class MigrationReasonsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            There is no migration instruction for this instance's activity | 新版本中没有与此环节对应的环节
            Target activity 'Task_Sign' is a descendant of multi-instance body 'Task_Sign#multiInstanceBody' that is not mapped from the source process definition. | 新环节“Task_Sign”在新增的多实例（会签/逐一办理）“Task_Sign#multiInstanceBody”之中
            Cannot remove the inner activity of a multi-instance body when the body is mapped | 多实例（会签/逐一办理）环节与其内部环节必须一起对应
            The closest mapped ancestor 'SubProcess_A' is mapped to scope 'SubProcess_B' which is not an ancestor of target scope 'SubProcess_C' | 环节所在的范围“SubProcess_A”在新版本中对应“SubProcess_B”，但新环节所在的“SubProcess_C”不在其中
            The source activity's event scope (SubProcess_Rectify) must be mapped but the target activity has no event scope | 环节所属的事件范围“SubProcess_Rectify”
            The target gateway must have at least the same number of incoming sequence flows that the source gateway has | 新版本的汇合网关入口比原版本少
            The variable 'score' exists in both, this scope and concurrent local in the parent scope. Migrating to a non-scope activity would overwrite one of them. | 流程变量“score”在并行分支和上级范围中都有
            Activities have incompatible types (UserTaskActivityBehavior is not compatible with ServiceTaskDelegateExpressionActivityBehavior) | 新旧环节类型不同
            ENGINE-23010 Cannot migrate process instance 'p1' to a process definition of a different tenant ('990101' != '990102') | 案件属于另一个县
            Something the table does not know | 引擎拒绝迁移：Something the table does not know
            """)
    void translatesEachKnownFailure(String engine, String chinese) {
        assertThat(MigrationReasons.chinese(engine)).contains(chinese);
    }

    @Test
    void aFailedBatchJobsMessageGivesItsInstanceAndEachReasonOnce() {
        String message = "ENGINE-23004 Cannot migrate process instance 'c0ffee':\n"
                + "\tCannot migrate activity instance 'Task_ScreenVillage:1':\n"
                + "\t\tThere is no migration instruction for this instance's activity\n"
                + "\tCannot migrate activity instance 'Task_ScreenVillage:2':\n"
                + "\t\tThere is no migration instruction for this instance's activity\n";

        assertThat(MigrationReasons.instanceIn(message)).isEqualTo("c0ffee");
        assertThat(MigrationReasons.chineseLines(message)).singleElement().asString().startsWith("新版本中没有与此环节对应的环节");
        assertThat(MigrationReasons.instanceIn("ENGINE-23008 Target process definition with id 'x' does not exist")).isNull();
    }
}
