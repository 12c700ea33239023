package cn.lingyan.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The server-side check of Camunda Form rules, on small hand-written schemas and on the real forms. */
class FormSchemaValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FORMS = Path.of("forms/rectification");

    /** The FEEL-free stub: nothing is hidden. */
    private static final FormSchemaValidator.ConditionEvaluator NOTHING_HIDDEN = (expression, variables) -> false;

    /** The few conditions these tests use, each evaluated by a lambda; any other expression is a test failure. */
    private static final Map<String, Predicate<Map<String, Object>>> KNOWN_CONDITIONS = Map.of(
            "not(confirmDecision = \"CONFIRM\")", vars -> !"CONFIRM".equals(vars.get("confirmDecision")),
            "not(this.include = true)", vars -> !(vars.get("this") instanceof Map<?, ?> item
                    && Boolean.TRUE.equals(item.get("include"))));

    private static final FormSchemaValidator.ConditionEvaluator STUB_FEEL = (expression, variables) -> {
        Predicate<Map<String, Object>> condition = KNOWN_CONDITIONS.get(expression);
        if (condition == null) {
            throw new AssertionError("Unexpected condition expression: " + expression);
        }
        return condition.test(variables);
    };

    private final FormSchemaValidator validator = new FormSchemaValidator(STUB_FEEL);

    // ---------------------------------------------------------------- decimal digits

    @Test
    void wholeNumberFieldsRefuseFractions() {
        Map<String, Object> schema = schema("{\"type\": \"number\", \"key\": \"visitCount\", \"label\": \"走访次数\", \"decimalDigits\": 0}");

        assertThat(validator.validate(schema, Map.of("visitCount", 2.5))).containsExactly("「走访次数」必须是整数");
        assertThat(validator.validate(schema, Map.of("visitCount", 2))).isEmpty();
        assertThat(validator.validate(schema, Map.of("visitCount", 2.0))).isEmpty();
    }

    @Test
    void numbersKeepAtMostTheirDecimalDigits() {
        Map<String, Object> schema = schema("{\"type\": \"number\", \"key\": \"unsatisfiedRatio\", \"label\": \"不满意率\", \"decimalDigits\": 2}");

        assertThat(validator.validate(schema, Map.of("unsatisfiedRatio", 0.125))).containsExactly("「不满意率」最多保留2位小数");
        assertThat(validator.validate(schema, Map.of("unsatisfiedRatio", 0.12))).isEmpty();
        assertThat(validator.validate(schema, Map.of("unsatisfiedRatio", "0.1"))).isEmpty();
    }

    // ---------------------------------------------------------------- required

    @Test
    void missingRequiredFieldIsReported() {
        Map<String, Object> schema = schema(textfield("villageCode", "村区划代码", "\"required\": true"));

        assertThat(validator.validate(schema, Map.of())).containsExactly("「村区划代码」为必填项");
    }

    @Test
    void blankStringDoesNotSatisfyRequired() {
        Map<String, Object> schema = schema(textfield("villageCode", "村区划代码", "\"required\": true"));

        assertThat(validator.validate(schema, Map.of("villageCode", "   "))).containsExactly("「村区划代码」为必填项");
    }

    @Test
    void emptyListDoesNotSatisfyRequiredChecklist() {
        Map<String, Object> schema = schema(checklist("categories", "情形", "\"required\": true"));

        assertThat(validator.validate(schema, Map.of("categories", List.of()))).containsExactly("「情形」为必填项");
    }

    @Test
    void filledRequiredFieldPasses() {
        Map<String, Object> schema = schema(textfield("villageCode", "村区划代码", "\"required\": true"));

        assertThat(validator.validate(schema, Map.of("villageCode", "990101001001"))).isEmpty();
    }

    @Test
    void emptyOptionalFieldIsNotChecked() {
        Map<String, Object> schema = schema(textfield("note", "备注", "\"minLength\": 5, \"pattern\": \"^\\\\d+$\""));

        assertThat(validator.validate(schema, Map.of())).isEmpty();
    }

    @Test
    void keyIsTheLabelWhenAFieldHasNone() {
        Map<String, Object> schema = parse("""
                {"components": [{"type": "textfield", "key": "pairedUnit", "validate": {"required": true}}]}
                """);

        assertThat(validator.validate(schema, Map.of())).containsExactly("「pairedUnit」为必填项");
    }

    // ---------------------------------------------------------------- numbers

    @Test
    void numberBelowMinimumIsReported() {
        Map<String, Object> schema = schema(number("score", "得分", "\"min\": 0, \"max\": 100"));

        assertThat(validator.validate(schema, Map.of("score", -1))).containsExactly("「得分」不能小于0");
    }

    @Test
    void numberAboveMaximumIsReported() {
        Map<String, Object> schema = schema(number("score", "得分", "\"min\": 0, \"max\": 100"));

        assertThat(validator.validate(schema, Map.of("score", 100.5))).containsExactly("「得分」不能大于100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100", "59.5"})
    void numbersOnTheBoundsOrBetweenPass(String score) {
        Map<String, Object> schema = schema(number("score", "得分", "\"min\": 0, \"max\": 100"));

        assertThat(validator.validate(schema, Map.of("score", Double.valueOf(score)))).isEmpty();
        assertThat(validator.validate(schema, Map.of("score", score))).isEmpty();
    }

    @Test
    void fractionalBoundIsPrintedAsIs() {
        Map<String, Object> schema = schema(number("ratio", "不满意率", "\"min\": 0, \"max\": 0.5"));

        assertThat(validator.validate(schema, Map.of("ratio", 0.75))).containsExactly("「不满意率」不能大于0.5");
    }

    @Test
    void nonNumericValueOfNumberFieldIsReported() {
        Map<String, Object> schema = schema(number("score", "得分", "\"min\": 0, \"max\": 100"));

        assertThat(validator.validate(schema, Map.of("score", "八十"))).containsExactly("「得分」必须是数字");
    }

    // ---------------------------------------------------------------- text

    @Test
    void textLongerThanMaxLengthIsReported() {
        Map<String, Object> schema = schema(textfield("name", "姓名", "\"maxLength\": 3"));

        assertThat(validator.validate(schema, Map.of("name", "欧阳建国"))).containsExactly("「姓名」不能超过3个字");
    }

    @Test
    void textShorterThanMinLengthIsReported() {
        Map<String, Object> schema = schema(textfield("name", "姓名", "\"minLength\": 2"));

        assertThat(validator.validate(schema, Map.of("name", "王"))).containsExactly("「姓名」至少2个字");
    }

    @Test
    void supplementaryCharacterCountsAsOneForMaxLength() {
        Map<String, Object> schema = schema(textfield("name", "姓名", "\"maxLength\": 3"));
        String threeCharacters = "𠮷𠮷𠮷"; // six UTF-16 units

        assertThat(threeCharacters.length()).isEqualTo(6);
        assertThat(validator.validate(schema, Map.of("name", threeCharacters))).isEmpty();
        assertThat(validator.validate(schema, Map.of("name", threeCharacters + "𠮷"))).containsExactly("「姓名」不能超过3个字");
    }

    @Test
    void supplementaryCharacterCountsAsOneForMinLength() {
        Map<String, Object> schema = schema(textfield("name", "姓名", "\"minLength\": 2"));

        assertThat(validator.validate(schema, Map.of("name", "𠮷"))).containsExactly("「姓名」至少2个字");
        assertThat(validator.validate(schema, Map.of("name", "𠮷野"))).isEmpty();
    }

    @Test
    void textareaLengthIsCheckedToo() {
        Map<String, Object> schema = parse("""
                {"components": [{"type": "textarea", "key": "note", "label": "说明", "validate": {"maxLength": 2}}]}
                """);

        assertThat(validator.validate(schema, Map.of("note", "三个字"))).containsExactly("「说明」不能超过2个字");
    }

    @Test
    void textNotMatchingPatternIsReported() {
        Map<String, Object> schema = schema(textfield("villageCode", "村区划代码", "\"pattern\": \"^\\\\d{12}$\""));

        assertThat(validator.validate(schema, Map.of("villageCode", "99010100100"))).containsExactly("「村区划代码」格式不正确");
        assertThat(validator.validate(schema, Map.of("villageCode", "99010100100A"))).containsExactly("「村区划代码」格式不正确");
        assertThat(validator.validate(schema, Map.of("villageCode", "990101001001"))).isEmpty();
    }

    @Test
    void patternMustMatchTheWholeValue() {
        Map<String, Object> schema = schema(textfield("code", "代码", "\"pattern\": \"\\\\d{6}\""));

        assertThat(validator.validate(schema, Map.of("code", "x990101x"))).containsExactly("「代码」格式不正确");
    }

    @Test
    void invalidPatternInTheFormIsAnErrorOfTheFormNotOfTheUser() {
        Map<String, Object> schema = schema(textfield("code", "代码", "\"pattern\": \"(\""));

        assertThatThrownBy(() -> validator.validate(schema, Map.of("code", "1")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("代码");
    }

    // ---------------------------------------------------------------- choices and dates

    @Test
    void selectValueNotAmongOptionsIsReported() {
        Map<String, Object> schema = schema(choice("select", "status", "状态"));

        assertThat(validator.validate(schema, Map.of("status", "FINISHED"))).containsExactly("「状态」的选项“FINISHED”无效");
        assertThat(validator.validate(schema, Map.of("status", "DONE"))).isEmpty();
    }

    @Test
    void radioValueNotAmongOptionsIsReported() {
        Map<String, Object> schema = schema(choice("radio", "decision", "结果"));

        assertThat(validator.validate(schema, Map.of("decision", "MAYBE"))).containsExactly("「结果」的选项“MAYBE”无效");
        assertThat(validator.validate(schema, Map.of("decision", "IN_PROGRESS"))).isEmpty();
    }

    @Test
    void eachChecklistValueNotAmongOptionsIsReported() {
        Map<String, Object> schema = schema(checklist("categories", "情形", "\"required\": true"));

        assertThat(validator.validate(schema, Map.of("categories", List.of("W01", "W99", "W10", "X"))))
                .containsExactly("「情形」的选项“W99”无效", "「情形」的选项“X”无效");
        assertThat(validator.validate(schema, Map.of("categories", List.of("W01", "W10")))).isEmpty();
    }

    @Test
    void invalidDateOfDateFieldIsReported() {
        Map<String, Object> schema = parse("""
                {"components": [{"type": "datetime", "key": "visitDate", "subtype": "date", "dateLabel": "走访日期",
                                 "validate": {"required": true}}]}
                """);

        assertThat(validator.validate(schema, Map.of("visitDate", "2026-02-30")))
                .containsExactly("「走访日期」不是有效日期（格式：年-月-日）");
        assertThat(validator.validate(schema, Map.of("visitDate", "2026/03/01")))
                .containsExactly("「走访日期」不是有效日期（格式：年-月-日）");
        assertThat(validator.validate(schema, Map.of("visitDate", "2026-03-01"))).isEmpty();
    }

    @Test
    void checkboxAcceptsOnlyTrueOrFalse() {
        Map<String, Object> schema = parse("""
                {"components": [{"type": "checkbox", "key": "include", "label": "纳入"}]}
                """);

        assertThat(validator.validate(schema, Map.of("include", "yes"))).containsExactly("「纳入」只能是“是”或“否”");
        assertThat(validator.validate(schema, Map.of("include", true))).isEmpty();
        assertThat(validator.validate(schema, Map.of("include", "false"))).isEmpty();
    }

    @Test
    void requiredCheckboxMustBeTicked() {
        Map<String, Object> schema = parse("""
                {"components": [{"type": "checkbox", "key": "pledgesSigned", "label": "已签订承诺书",
                  "validate": {"required": true}}]}
                """);

        assertThat(validator.validate(schema, Map.of("pledgesSigned", false))).containsExactly("「已签订承诺书」为必填项");
        assertThat(validator.validate(schema, Map.of("pledgesSigned", "false"))).containsExactly("「已签订承诺书」为必填项");
        assertThat(validator.validate(schema, Map.of())).containsExactly("「已签订承诺书」为必填项");
        assertThat(validator.validate(schema, Map.of("pledgesSigned", true))).isEmpty();
    }

    // ---------------------------------------------------------------- skipped fields

    @Test
    void readonlyFieldsAreNotChecked() {
        Map<String, Object> schema = parse("""
                {"components": [
                  {"type": "textfield", "key": "villageName", "label": "村名称", "readonly": true,
                   "validate": {"required": true, "maxLength": 1}},
                  {"type": "number", "key": "selfScore", "label": "自评得分", "readonly": true, "validate": {"max": 100}}
                ]}
                """);

        assertThat(validator.validate(schema, Map.of("selfScore", 500))).isEmpty();
    }

    @Test
    void disabledFieldsAreNotChecked() {
        Map<String, Object> schema = parse("""
                {"components": [{"type": "textfield", "key": "villageName", "label": "村名称", "disabled": true,
                                 "validate": {"required": true}}]}
                """);

        assertThat(validator.validate(schema, Map.of())).isEmpty();
    }

    @Test
    void fieldHiddenByItsConditionIsNotChecked() {
        Map<String, Object> schema = confirmSchema();

        assertThat(validator.validate(schema, Map.of("confirmDecision", "REJECT"))).isEmpty();
    }

    @Test
    void fieldShownByItsConditionIsChecked() {
        Map<String, Object> schema = confirmSchema();

        assertThat(validator.validate(schema, Map.of("confirmDecision", "CONFIRM")))
                .containsExactly("「确认的情形」为必填项", "「主要原因」为必填项");
    }

    @Test
    void conditionWithoutLeadingEqualsSignIsEvaluatedToo() {
        Map<String, Object> schema = parse("""
                {"components": [{"type": "textfield", "key": "rootCause", "label": "主要原因",
                                 "conditional": {"hide": "not(confirmDecision = \\"CONFIRM\\")"},
                                 "validate": {"required": true}}]}
                """);

        assertThat(validator.validate(schema, Map.of("confirmDecision", "REJECT"))).isEmpty();
        assertThat(validator.validate(schema, Map.of("confirmDecision", "CONFIRM"))).containsExactly("「主要原因」为必填项");
    }

    // ---------------------------------------------------------------- lists and groups

    @Test
    void dynamicListItemsAreCheckedWithTheirPosition() {
        Map<String, Object> schema = measuresSchema();
        List<Map<String, Object>> measures = List.of(
                Map.of("measure", "选优配强书记", "dueDate", "2026-06-30"),
                Map.of("measure", "", "dueDate", "2026-13-01"));

        assertThat(validator.validate(schema, Map.of("measures", measures)))
                .containsExactly("「任务清单第2项·任务」为必填项", "「任务清单第2项·完成时限」不是有效日期（格式：年-月-日）");
    }

    @Test
    void emptyRequiredDynamicListIsReported() {
        Map<String, Object> schema = measuresSchema();

        assertThat(validator.validate(schema, Map.of())).containsExactly("「任务清单」至少要填写一项");
        assertThat(validator.validate(schema, Map.of("measures", List.of()))).containsExactly("「任务清单」至少要填写一项");
    }

    @Test
    void dynamicListThatIsNotAListIsReported() {
        Map<String, Object> schema = measuresSchema();

        assertThat(validator.validate(schema, Map.of("measures", "选优配强书记"))).containsExactly("「任务清单」格式不正确");
        assertThat(validator.validate(schema, Map.of("measures", List.of("选优配强书记"))))
                .containsExactly("「任务清单」第1项格式不正确");
    }

    @Test
    void dynamicListConditionsSeeTheItemAsThis() {
        Map<String, Object> schema = parse("""
                {"components": [{"type": "dynamiclist", "path": "weakList", "label": "名单", "components": [
                  {"type": "checkbox", "key": "include", "label": "纳入"},
                  {"type": "checklist", "key": "categories", "label": "情形", "values": [{"label": "缺职", "value": "W01"}],
                   "conditional": {"hide": "=not(this.include = true)"}, "validate": {"required": true}}
                ]}]}
                """);
        List<Map<String, Object>> weakList = List.of(
                Map.of("include", false),
                Map.of("include", true, "categories", List.of("W01")),
                Map.of("include", true, "categories", List.of()));

        assertThat(validator.validate(schema, Map.of("weakList", weakList))).containsExactly("「名单第3项·情形」为必填项");
    }

    @Test
    void dynamicListConditionsAlsoSeeTheItemFieldsAndTheParent() {
        List<Map<String, Object>> seen = new ArrayList<>();
        FormSchemaValidator recording = new FormSchemaValidator((expression, variables) -> {
            seen.add(new HashMap<>(variables));
            return false;
        });
        Map<String, Object> schema = parse("""
                {"components": [{"type": "dynamiclist", "path": "items", "label": "清单", "components": [
                  {"type": "textfield", "key": "name", "label": "名称", "conditional": {"hide": "=false"}}
                ]}]}
                """);
        Map<String, Object> item = Map.of("name", "甲");
        Map<String, Object> values = Map.of("items", List.of(item), "stage", "DRAFT");

        recording.validate(schema, values);

        assertThat(seen).hasSize(1);
        assertThat(seen.get(0)).containsEntry("this", item).containsEntry("name", "甲").containsEntry("stage", "DRAFT")
                .containsEntry("parent", values);
    }

    @Test
    void fieldsInsideGroupsAreChecked() {
        Map<String, Object> schema = parse("""
                {"components": [{"type": "group", "label": "联系人", "components": [
                  {"type": "textfield", "key": "countyLeaderId", "label": "县级联系领导", "validate": {"required": true}},
                  {"type": "group", "label": "内层", "components": [
                    {"type": "number", "key": "visitCount", "label": "走访次数", "validate": {"min": 1}}
                  ]}
                ]}]}
                """);

        assertThat(validator.validate(schema, Map.of("visitCount", 0)))
                .containsExactly("「县级联系领导」为必填项", "「走访次数」不能小于1");
    }

    @Test
    void groupWithPathReadsItsNestedValues() {
        Map<String, Object> schema = parse("""
                {"components": [{"type": "group", "path": "leader", "label": "联系人", "components": [
                  {"type": "textfield", "key": "name", "label": "姓名", "validate": {"required": true, "maxLength": 3}}
                ]}]}
                """);

        assertThat(validator.validate(schema, Map.of("leader", Map.of("name", "欧阳建国"))))
                .containsExactly("「姓名」不能超过3个字");
        assertThat(validator.validate(schema, Map.of("leader", Map.of("name", "王刚")))).isEmpty();
    }

    @Test
    void problemsComeInFormOrder() {
        Map<String, Object> schema = parse("""
                {"components": [
                  {"type": "textfield", "key": "b", "label": "乙", "validate": {"required": true}},
                  {"type": "textfield", "key": "a", "label": "甲", "validate": {"required": true}}
                ]}
                """);

        assertThat(validator.validate(schema, Map.of())).containsExactly("「乙」为必填项", "「甲」为必填项");
    }

    // ---------------------------------------------------------------- the real forms

    static Stream<Path> realForms() throws IOException {
        List<Path> forms;
        try (Stream<Path> files = Files.list(FORMS)) {
            forms = files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
        }
        assertThat(forms).as("forms in %s", FORMS.toAbsolutePath()).isNotEmpty();
        return forms.stream();
    }

    @ParameterizedTest
    @MethodSource("realForms")
    void emptySubmissionOfRealFormIsRefusedForEveryRequiredEditableField(Path form) throws IOException {
        Map<String, Object> schema = read(form);
        List<String> required = requiredEditableLabels(schema);
        List<String> problems = new FormSchemaValidator(NOTHING_HIDDEN).validate(schema, Map.of());

        if (required.isEmpty()) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).filteredOn(p -> p.endsWith("为必填项")).isNotEmpty();
            assertThat(problems).containsAll(required.stream().map(label -> "「" + label + "」为必填项").toList());
        }
    }

    @Test
    void realFormsCarryServerCheckedRequiredFields() throws IOException {
        List<Path> withRequired = realForms().filter(form -> {
            try {
                return !requiredEditableLabels(read(form)).isEmpty();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();

        // only the screening list keeps all its required fields inside the per-village rows
        assertThat(withRequired).hasSizeGreaterThanOrEqualTo((int) realForms().count() - 1);
    }

    @Test
    void realConfirmFormRequiresCategoriesOnlyWhenConfirming() throws IOException {
        Map<String, Object> schema = read(FORMS.resolve("rectification-confirm-weak-branch.form"));

        assertThat(validator.validate(schema, Map.of("confirmDecision", "REJECT"))).isEmpty();
        assertThat(validator.validate(schema, Map.of("confirmDecision", "CONFIRM")))
                .anyMatch(p -> p.endsWith("为必填项")).hasSize(2);
    }

    @Test
    void realScreeningListChecksIncludedVillagesRowByRow() throws IOException {
        Map<String, Object> schema = read(FORMS.resolve("screening-confirm-weak-list.form"));
        List<Map<String, Object>> weakList = List.of(
                Map.of("villageName", "东坡村", "include", false),
                Map.of("villageName", "柳溪村", "include", true, "categories", List.of("W01"), "rootCause", "书记缺职"),
                Map.of("villageName", "石桥村", "include", true, "rootCause", "班子不团结"));

        List<String> problems = validator.validate(schema, Map.of("weakList", weakList));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).contains("第3项·").endsWith("为必填项");
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, Object> confirmSchema() {
        return parse("""
                {"components": [
                  {"type": "radio", "key": "confirmDecision", "label": "确认结果", "validate": {"required": true},
                   "values": [{"label": "确认", "value": "CONFIRM"}, {"label": "不列入", "value": "REJECT"}]},
                  {"type": "checklist", "key": "confirmedCategories", "label": "确认的情形",
                   "values": [{"label": "缺职", "value": "W01"}],
                   "conditional": {"hide": "=not(confirmDecision = \\"CONFIRM\\")"}, "validate": {"required": true}},
                  {"type": "textarea", "key": "rootCause", "label": "主要原因",
                   "conditional": {"hide": "=not(confirmDecision = \\"CONFIRM\\")"}, "validate": {"required": true}}
                ]}
                """);
    }

    private static Map<String, Object> measuresSchema() {
        return parse("""
                {"components": [{"type": "dynamiclist", "path": "measures", "label": "任务清单", "validate": {"required": true},
                  "components": [
                    {"type": "textfield", "key": "measure", "label": "任务", "validate": {"required": true, "maxLength": 200}},
                    {"type": "datetime", "key": "dueDate", "subtype": "date", "dateLabel": "完成时限", "validate": {"required": true}}
                  ]}]}
                """);
    }

    private static String textfield(String key, String label, String validate) {
        return "{\"type\": \"textfield\", \"key\": \"" + key + "\", \"label\": \"" + label + "\", \"validate\": {" + validate + "}}";
    }

    private static String number(String key, String label, String validate) {
        return "{\"type\": \"number\", \"key\": \"" + key + "\", \"label\": \"" + label + "\", \"validate\": {" + validate + "}}";
    }

    private static String checklist(String key, String label, String validate) {
        return "{\"type\": \"checklist\", \"key\": \"" + key + "\", \"label\": \"" + label + "\", \"validate\": {" + validate
                + "}, \"values\": [{\"label\": \"缺职\", \"value\": \"W01\"}, {\"label\": \"集体经济薄弱\", \"value\": \"W10\"}]}";
    }

    private static String choice(String type, String key, String label) {
        return "{\"type\": \"" + type + "\", \"key\": \"" + key + "\", \"label\": \"" + label + "\", \"values\": ["
                + "{\"label\": \"未开始\", \"value\": \"NOT_STARTED\"}, {\"label\": \"推进中\", \"value\": \"IN_PROGRESS\"},"
                + "{\"label\": \"已完成\", \"value\": \"DONE\"}]}";
    }

    private static Map<String, Object> schema(String... components) {
        return parse("{\"components\": [" + String.join(",", components) + "]}");
    }

    private static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() {});
        } catch (IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static Map<String, Object> read(Path form) throws IOException {
        return JSON.readValue(form.toFile(), new TypeReference<>() {});
    }

    /** Labels of required, editable fields outside dynamic lists (groups included), read from the schema itself. */
    @SuppressWarnings("unchecked")
    private static List<String> requiredEditableLabels(Map<String, Object> container) {
        List<String> labels = new ArrayList<>();
        if (!(container.get("components") instanceof List<?> components)) {
            return labels;
        }
        for (Object raw : components) {
            Map<String, Object> component = (Map<String, Object>) raw;
            Object type = component.get("type");
            if ("group".equals(type)) {
                labels.addAll(requiredEditableLabels(component));
                continue;
            }
            boolean editable = !Boolean.TRUE.equals(component.get("readonly")) && !Boolean.TRUE.equals(component.get("disabled"));
            boolean required = component.get("validate") instanceof Map<?, ?> validate
                    && Boolean.TRUE.equals(validate.get("required"));
            if (!"dynamiclist".equals(type) && editable && required) {
                Object label = component.get("label") != null ? component.get("label") : component.get("dateLabel");
                labels.add(String.valueOf(label != null ? label : component.get("key")));
            }
        }
        return labels;
    }
}
