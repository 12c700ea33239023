package cn.lingyan.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.DmnTables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Who takes part in the county joint review ({@code joint-review-departments}), for any county. */
class JointReviewDepartmentsDecisionTest {

    private static final DmnEngine engine = DmnTables.ENGINE;
    private static final DmnDecision decision =
            DmnTables.decision("vetting/joint-review-departments.dmn", "joint-review-departments");

    private static DmnDecisionResult departmentsFor(String countyCode) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("countyCode", countyCode);
        return engine.evaluateDecision(decision, variables);
    }

    @ParameterizedTest(name = "county \"{0}\"")
    @ValueSource(strings = {"330102", "440305", ""})
    @NullSource
    void anyCountyGetsTheEightDepartmentsInTableOrder(String countyCode) {
        DmnDecisionResult result = departmentsFor(countyCode);

        assertThat(result.<String>collectEntries("department")).containsExactly(
                "review-discipline", "review-police", "review-procuratorate", "review-court",
                "review-petitions", "review-civil-affairs", "review-justice", "review-agriculture");
        assertThat(result.<String>collectEntries("departmentName")).containsExactly(
                "县纪委监委", "县公安局", "县人民检察院", "县人民法院", "县信访局", "县民政局", "县司法局", "县农业农村局");
    }

    @ParameterizedTest(name = "county \"{0}\"")
    @ValueSource(strings = {"330102", ""})
    void onlyDisciplineAndPoliceAreMandatory(String countyCode) {
        List<String> mandatory = departmentsFor(countyCode).stream()
                .filter(entry -> Boolean.TRUE.equals(entry.getEntry("mandatory")))
                .map(entry -> entry.<String>getEntry("department"))
                .toList();

        assertThat(mandatory).containsExactly("review-discipline", "review-police");
    }

    @ParameterizedTest(name = "county \"{0}\"")
    @ValueSource(strings = {"330102"})
    void everyDepartmentIsAReviewRole(String countyCode) {
        assertThat(departmentsFor(countyCode).<String>collectEntries("department"))
                .isNotEmpty()
                .allSatisfy(department -> assertThat(department).startsWith("review-"));
    }
}
