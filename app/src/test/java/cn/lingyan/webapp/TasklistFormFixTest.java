package cn.lingyan.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class TasklistFormFixTest {

    @Test
    void theShippedTasklistStillHasTheCheckWeReplace() throws IOException {
        String stock = new TasklistFormFix().readStock();
        assertThat(stock).containsOnlyOnce(TasklistFormFix.STOCK_CHECK);
        String fixed = new TasklistFormFix().patch(stock);
        assertThat(fixed).doesNotContain(TasklistFormFix.STOCK_CHECK).containsOnlyOnce(TasklistFormFix.FIXED_CHECK);
        assertThat(fixed.length() - stock.length()).isEqualTo(TasklistFormFix.FIXED_CHECK.length() - TasklistFormFix.STOCK_CHECK.length());
    }

    @Test
    void anUnknownBundleIsServedUnchanged() {
        assertThat(new TasklistFormFix().patch("console.log(1)")).isEqualTo("console.log(1)");
    }
}
