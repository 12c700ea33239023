package cn.lingyan.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.policy.DraftTable.Column;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a draft tells the preview and the replay about itself: its inputs by name, and whether it is repeatable. */
class DraftTableTest {

    private final UploadSafety safety = new UploadSafety(new ExpressionGuard(Map.of(), Set.of()));

    @Test
    void inputsAreNamedByTheVariableTheyReadElseByTheirId() {
        DraftTable draft = DraftTable.read(safety, 1 << 20, Drafts.acceptance(80)
                .replace("<text>score</text>", "<text>score * 10</text>"), "acceptance-decision");

        assertThat(draft.columns()).extracting(Column::name, Column::expression).containsExactly(
                org.assertj.core.groups.Tuple.tuple("unsatisfiedRatio", "unsatisfiedRatio"),
                org.assertj.core.groups.Tuple.tuple("allTasksClosed", "allTasksClosed"),
                org.assertj.core.groups.Tuple.tuple("input-score", "score * 10"));
    }

    @Test
    void aTableDecidingByTodaysDateIsNotRepeatable() {
        assertThat(DraftTable.read(safety, 1 << 20, Drafts.acceptance(80), "acceptance-decision").repeatable()).isTrue();
        assertThat(DraftTable.read(safety, 1 << 20, Drafts.acceptance(80).replace("<text>&quot;验收合格&quot;</text>",
                "<text>string(today())</text>"), "acceptance-decision").repeatable()).isFalse();
        assertThat(DraftTable.read(safety, 1 << 20, Drafts.acceptance(80).replace("<text>&gt;= 80</text>",
                "<text>&gt;= 80, &lt; random number()</text>"), "acceptance-decision").repeatable()).isFalse();
    }
}
