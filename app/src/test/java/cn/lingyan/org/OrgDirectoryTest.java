package cn.lingyan.org;
import cn.lingyan.engine.SystemAccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.OutOfScopeException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The org tree as configured: lookups, the checks made at start, and the routing built on it. */
class OrgDirectoryTest {

    private static final Map<String, OrgProperties.Role> ROLES = Map.of(
            "org-dept", new OrgProperties.Role(OrgLevel.COUNTY, "县委组织部", "zzb"),
            "leaders", new OrgProperties.Role(OrgLevel.COUNTY, "县级联系领导", "ld"),
            "party-committee", new OrgProperties.Role(OrgLevel.TOWNSHIP, "乡镇党委", "dw"),
            "branch", new OrgProperties.Role(OrgLevel.VILLAGE, "村党组织", "zb"));

    private static final Map<String, List<String>> STARTERS = Map.of(
            "weak-branch-rectification", List.of("org-dept", "party-committee"));

    /** 雁鸣县 with 青山镇 (two villages) and 白水乡 (one village). */
    private static OrgProperties demoCounty() {
        return properties(county("990101", "雁鸣县",
                township("990101001", "青山镇",
                        village("990101001001", "东坡村"),
                        village("990101001002", "柳溪村")),
                township("990101002", "白水乡",
                        village("990101002001", "杏花村"))));
    }

    private final OrgDirectory directory = new OrgDirectory(demoCounty());

    // ---------------------------------------------------------------- lookups

    @Test
    void findsEveryUnitWithItsLevelAndParent() {
        assertThat(directory.find("990101")).get().extracting(OrgUnit::level, OrgUnit::parentCode, OrgUnit::name)
                .containsExactly(OrgLevel.COUNTY, null, "雁鸣县");
        assertThat(directory.find("990101002")).get().extracting(OrgUnit::level, OrgUnit::parentCode)
                .containsExactly(OrgLevel.TOWNSHIP, "990101");
        assertThat(directory.find("990101001002")).get().extracting(OrgUnit::level, OrgUnit::parentCode, OrgUnit::name)
                .containsExactly(OrgLevel.VILLAGE, "990101001", "柳溪村");
        assertThat(directory.all()).hasSize(6);
    }

    @Test
    void findOfUnknownOrNullCodeIsEmpty() {
        assertThat(directory.find("990101009")).isEmpty();
        assertThat(directory.find(null)).isEmpty();
    }

    @Test
    void villageUnitKnowsItsTownshipAndCounty() {
        OrgUnit village = directory.village("990101002001");

        assertThat(village.townshipCode()).isEqualTo("990101002");
        assertThat(village.countyCode()).isEqualTo("990101");
    }

    @Test
    void allGroupsUnitsByLevel() {
        assertThat(directory.atLevel(OrgLevel.TOWNSHIP)).extracting(OrgUnit::code)
                .containsExactly("990101001", "990101002");
        assertThat(directory.atLevel(OrgLevel.VILLAGE)).hasSize(3);
    }

    @Test
    void villagesUnderCountyAreAllItsVillages() {
        assertThat(directory.villagesUnder("990101")).extracting(OrgUnit::code)
                .containsExactly("990101001001", "990101001002", "990101002001");
    }

    @Test
    void villagesUnderTownshipAreOnlyItsOwn() {
        assertThat(directory.villagesUnder("990101001")).extracting(OrgUnit::name).containsExactly("东坡村", "柳溪村");
        assertThat(directory.villagesUnder("990101002")).extracting(OrgUnit::name).containsExactly("杏花村");
    }

    @Test
    void childrenAreTheDirectSubUnitsOnly() {
        assertThat(directory.children("990101")).extracting(OrgUnit::code).containsExactly("990101001", "990101002");
        assertThat(directory.children("990101001")).extracting(OrgUnit::code)
                .containsExactly("990101001001", "990101001002");
        assertThat(directory.children("990101001001")).isEmpty();
    }

    @Test
    void villageIgnoresSurroundingBlanks() {
        assertThat(directory.village(" 990101001001 ").name()).isEqualTo("东坡村");
    }

    @ParameterizedTest
    @ValueSource(strings = {"990101001009", "123", ""})
    void villageRefusesUnknownCodes(String code) {
        assertThatThrownBy(() -> directory.village(code))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20002").hasMessageContaining(code);
    }

    @Test
    void villageRefusesNullCode() {
        assertThatThrownBy(() -> directory.village(null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20002");
    }

    @ParameterizedTest
    @ValueSource(strings = {"990101", "990101001"})
    void villageRefusesCodesOfOtherLevels(String code) {
        assertThatThrownBy(() -> directory.village(code))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20002");
    }

    @Test
    void unitRefusesACodeOfAnotherLevel() {
        assertThat(directory.unit("990101001", OrgLevel.TOWNSHIP).name()).isEqualTo("青山镇");
        assertThatThrownBy(() -> directory.unit("990101001", OrgLevel.COUNTY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20003");
    }

    @Test
    void roleLookupRefusesUnknownRoles() {
        assertThat(directory.role("branch").level()).isEqualTo(OrgLevel.VILLAGE);
        assertThatThrownBy(() -> directory.role("mayor")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mayor");
        assertThatThrownBy(() -> directory.roles().put("mayor", null)).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---------------------------------------------------------------- checks at start

    @Test
    void refusesTownshipWhoseCodeDoesNotStartWithItsCounty() {
        OrgProperties wrong = properties(county("990101", "雁鸣县", township("990201001", "外县镇")));

        assertThatThrownBy(() -> new OrgDirectory(wrong)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("990201001").hasMessageContaining("990101");
    }

    @Test
    void refusesVillageWhoseCodeDoesNotStartWithItsTownship() {
        OrgProperties wrong = properties(county("990101", "雁鸣县",
                township("990101001", "青山镇", village("990101002001", "杏花村"))));

        assertThatThrownBy(() -> new OrgDirectory(wrong)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("990101002001");
    }

    @Test
    void refusesCountyCodeOfWrongLength() {
        assertThatThrownBy(() -> new OrgDirectory(properties(county("9901011", "雁鸣县"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("6-digit");
    }

    @Test
    void refusesTownshipCodeOfWrongLength() {
        OrgProperties wrong = properties(county("990101", "雁鸣县", township("99010101", "青山镇")));

        assertThatThrownBy(() -> new OrgDirectory(wrong)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("9-digit");
    }

    @Test
    void refusesVillageCodeOfWrongLength() {
        OrgProperties wrong = properties(county("990101", "雁鸣县",
                township("990101001", "青山镇", village("9901010010011", "东坡村"))));

        assertThatThrownBy(() -> new OrgDirectory(wrong)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("12-digit");
    }

    @Test
    void refusesNonDigitAndMissingCodes() {
        assertThatThrownBy(() -> new OrgDirectory(properties(county("99O101", "雁鸣县"))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new OrgDirectory(properties(county(null, "雁鸣县"))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesDuplicateVillageCodes() {
        OrgProperties wrong = properties(county("990101", "雁鸣县",
                township("990101001", "青山镇", village("990101001001", "东坡村"), village("990101001001", "柳溪村"))));

        assertThatThrownBy(() -> new OrgDirectory(wrong)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Duplicate").hasMessageContaining("990101001001");
    }

    @Test
    void refusesDuplicateTownshipCodes() {
        OrgProperties wrong = properties(county("990101", "雁鸣县",
                township("990101001", "青山镇"), township("990101001", "白水乡")));

        assertThatThrownBy(() -> new OrgDirectory(wrong)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Duplicate");
    }

    // ---------------------------------------------------------------- routing

    @Nested
    class RoutingOnTheTree {

        private IdentityService identityService;
        private Routing routing;
        private People people;
        private UnitScope unitScope;

        @BeforeEach
        void setUp() {
            identityService = mock(IdentityService.class);
            routing = new Routing(directory, identityService, mock(SystemAccess.class));
            people = new People(identityService, mock(SystemAccess.class));
            unitScope = new UnitScope(directory, routing, people, demoCounty());
        }

        @Test
        void villageCodeWithTownshipRoleGivesTheTownshipGroup() {
            assertThat(routing.group("990101001002", "party-committee")).isEqualTo("990101001-party-committee");
            assertThat(routing.group("990101002001", "party-committee")).isEqualTo("990101002-party-committee");
        }

        @Test
        void villageCodeWithCountyRoleGivesTheCountyGroup() {
            assertThat(routing.group("990101001002", "org-dept")).isEqualTo("990101-org-dept");
        }

        @Test
        void villageCodeWithVillageRoleGivesTheVillageGroup() {
            assertThat(routing.group("990101001002", "branch")).isEqualTo("990101001002-branch");
        }

        @Test
        void townshipCodeWithCountyRoleGivesTheCountyGroup() {
            assertThat(routing.group("990101002", "leaders")).isEqualTo("990101-leaders");
        }

        @Test
        void unknownRoleIsAProgrammingError() {
            assertThatThrownBy(() -> routing.group("990101001002", "mayor")).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void codeTooShortForTheRoleIsRefused() {
            assertThatThrownBy(() -> routing.group("990101", "branch"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20003");
            assertThatThrownBy(() -> routing.group("99010100", "party-committee"))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> routing.group(null, "org-dept")).isInstanceOf(InvalidInputException.class);
        }

        @Test
        void codeInAnUnknownTownshipIsRefused() {
            assertThatThrownBy(() -> routing.group("990101009001", "party-committee"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20003");
        }

        @Test
        void townshipsOfACountyAreItsChildren() {
            assertThat(routing.townshipsOf("990101")).containsExactly("990101001", "990101002");
            assertThatThrownBy(() -> routing.townshipsOf("990101001")).isInstanceOf(InvalidInputException.class);
        }

        @Test
        void townshipUserMayActForItsVillage() {
            actAs("qingshan-dw", "990101001-party-committee");

            unitScope.requireActsFor("990101001002", List.of("org-dept", "party-committee"));
        }

        @Test
        void townshipUserIsRefusedForAVillageOfAnotherTownship() {
            actAs("qingshan-dw", "990101001-party-committee");

            assertThatThrownBy(() -> unitScope.requireActsFor("990101002001", List.of("org-dept", "party-committee")))
                    .isInstanceOf(OutOfScopeException.class).hasMessageContaining("LY-20004")
                    .hasMessageContaining("qingshan-dw").hasMessageContaining("990101002001");
        }

        @Test
        void townshipUserIsRefusedWhenItsRoleIsNotAmongThoseAsked() {
            actAs("qingshan-dw", "990101001-party-committee");

            assertThatThrownBy(() -> unitScope.requireActsFor("990101001002", List.of("org-dept")))
                    .isInstanceOf(OutOfScopeException.class);
        }

        @Test
        void townshipUserMayActForItsTownshipWhenAVillageRoleIsAlsoAsked() {
            actAs("qingshan-dw", "990101001-party-committee");

            unitScope.requireActsFor("990101001", List.of("branch", "party-committee"));
        }

        @Test
        void villageUserIsRefusedForItsTownshipThroughAVillageRole() {
            actAs("dongpo-zb", "990101001001-branch");

            assertThatThrownBy(() -> unitScope.requireActsFor("990101001", List.of("branch", "party-committee")))
                    .isInstanceOf(OutOfScopeException.class).hasMessageContaining("LY-20004")
                    .hasMessageContaining("dongpo-zb").hasMessageContaining("990101001");
        }

        @Test
        void administratorMayActAnywhere() {
            actAs("admin", "camunda-admin");

            unitScope.requireActsFor("990101002001", List.of("branch"));
        }

        @Test
        void systemCallWithoutAuthenticationPasses() {
            when(identityService.getCurrentAuthentication()).thenReturn(null);

            unitScope.requireActsFor("990101002001", List.of("branch"));
            assertThat(people.currentUserId()).isNull();
        }

        @Test
        void mayStartOnlyWithAStarterRoleForTheUnit() {
            actAs("qingshan-dw", "990101001-party-committee");

            unitScope.requireMayStart("weak-branch-rectification", "990101001001");
            assertThatThrownBy(() -> unitScope.requireMayStart("weak-branch-screening", "990101001001"))
                    .isInstanceOf(OutOfScopeException.class);
        }

        @Test
        void currentUserIsTheAuthenticatedOne() {
            actAs("qingshan-dw", "990101001-party-committee");

            assertThat(people.currentUserId()).isEqualTo("qingshan-dw");
        }

        private void actAs(String userId, String... groups) {
            when(identityService.getCurrentAuthentication()).thenReturn(new Authentication(userId, List.of(groups)));
        }
    }

    // ---------------------------------------------------------------- builders

    private static OrgProperties properties(OrgProperties.County... counties) {
        return new OrgProperties(List.of(counties), ROLES, STARTERS, List.of(), List.of());
    }

    private static OrgProperties.County county(String code, String name, OrgProperties.Township... townships) {
        return new OrgProperties.County(code, name, null, List.of(townships));
    }

    private static OrgProperties.Township township(String code, String name, OrgProperties.Village... villages) {
        return new OrgProperties.Township(code, name, null, List.of(villages));
    }

    private static OrgProperties.Village village(String code, String name) {
        return new OrgProperties.Village(code, name, null);
    }
}
