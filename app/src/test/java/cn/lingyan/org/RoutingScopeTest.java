package cn.lingyan.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lingyan.EngineTest;
import cn.lingyan.TestData;
import cn.lingyan.web.InvalidInputException;
import cn.lingyan.web.OutOfScopeException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The unit every listing and dashboard view is for: asked for and seen, or the user's own. */
@EngineTest
class RoutingScopeTest {

    @Autowired Routing routing;
    @Autowired TestData data;

    @Test
    void aListingIsForTheUsersOwnUnitOrOneBelowIt() {
        assertThat(data.as("qingshan-dw", () -> routing.scope(null))).isEqualTo("990101001");
        assertThat(data.as("qingshan-dw", () -> routing.scope(" 990101001001 "))).isEqualTo("990101001001");
        assertThat(data.as("dongpo-zb", () -> routing.scope(""))).isEqualTo("990101001001");
        assertThat(data.as("admin", () -> routing.scope(null))).isEqualTo("990101");
        assertThatThrownBy(() -> data.as("qingshan-dw", () -> routing.scope("990101002"))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> data.as("qingshan-dw", () -> routing.scope("990101"))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> data.as("qingshan-dw", () -> routing.scope("9901x"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("LY-20003");
    }
}
