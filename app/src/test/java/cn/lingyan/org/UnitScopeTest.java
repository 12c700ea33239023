package cn.lingyan.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lingyan.EngineTest;
import cn.lingyan.TestData;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.OutOfScopeException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The unit every listing and dashboard view is for: asked for and seen, or the user's own. */
@EngineTest
class UnitScopeTest {

    @Autowired UnitScope unitScope;
    @Autowired TestData data;

    @Test
    void aListingIsForTheUsersOwnUnitOrOneBelowIt() {
        assertThat(data.as("qingshan-dw", () -> unitScope.scope(null))).isEqualTo("990101001");
        assertThat(data.as("qingshan-dw", () -> unitScope.scope(" 990101001001 "))).isEqualTo("990101001001");
        assertThat(data.as("dongpo-zb", () -> unitScope.scope(""))).isEqualTo("990101001001");
        assertThat(data.as("admin", () -> unitScope.scope(null))).isEqualTo("990101");
        assertThatThrownBy(() -> data.as("qingshan-dw", () -> unitScope.scope("990101002"))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> data.as("qingshan-dw", () -> unitScope.scope("990101"))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> data.as("qingshan-dw", () -> unitScope.scope("9901x"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("LY-20003");
    }
}
