package cn.lingyan.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A policy owner's upload may change rules, never run code: each way a model could run code is refused by name. */
class UploadSafetyTest {

    private final UploadSafety safety = new UploadSafety(new ExpressionGuard(
            Map.of("routing", Set.of("group"), "caseSteps", Set.of("confirm"), "startCasesDelegate", Set.of()),
            Set.of("routing", "caseSteps", "startCasesDelegate", "dataSource", "environment", "identityService")));

    @Test
    void aModelThatOnlyRoutesAndCallsModelBeansPasses() {
        assertThat(bpmn("""
                <bpmn:userTask id="Task_Confirm" name="确认" camunda:candidateGroups="${routing.group(villageCode, 'org-dept')}">
                  <bpmn:extensionElements>
                    <camunda:taskListener event="complete" expression="${caseSteps.confirm(task)}"/>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:serviceTask id="Task_Start" camunda:delegateExpression="${startCasesDelegate}"/>
                <bpmn:sequenceFlow id="Flow_Ok" sourceRef="a" targetRef="b">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${score >= 70 &amp;&amp; !empty owner and x.y == null ? 1 : 2.5}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>""")).isEmpty();
    }

    @Test
    void aScriptTaskIsRefusedByName() {
        assertThat(bpmn("<bpmn:scriptTask id=\"Task_Run\" name=\"运行\" scriptFormat=\"groovy\"><bpmn:script>1</bpmn:script></bpmn:scriptTask>"))
                .anySatisfy(p -> assertThat(p).contains("scriptTask Task_Run（运行）").contains("脚本任务"));
    }

    @Test
    void aScriptListenerIsRefused() {
        assertThat(bpmn("""
                <bpmn:userTask id="Task_A" camunda:candidateGroups="g"><bpmn:extensionElements>
                  <camunda:taskListener event="create"><camunda:script scriptFormat="javascript">java.lang.Runtime.getRuntime()</camunda:script></camunda:taskListener>
                </bpmn:extensionElements></bpmn:userTask>""")).anySatisfy(p -> assertThat(p).contains("camunda:script"));
    }

    @Test
    void aJavaClassIsRefused() {
        assertThat(bpmn("<bpmn:serviceTask id=\"Task_B\" camunda:class=\"java.lang.ProcessBuilder\"/>"))
                .anySatisfy(p -> assertThat(p).contains("Task_B").contains("camunda:class"));
    }

    @Test
    void aConnectorIsRefused() {
        assertThat(bpmn("""
                <bpmn:serviceTask id="Task_C"><bpmn:extensionElements><camunda:connector>
                  <camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></bpmn:extensionElements></bpmn:serviceTask>"""))
                .anySatisfy(p -> assertThat(p).contains("Task_C").contains("connector"));
    }

    @Test
    void anExternalResourceIsRefused() {
        assertThat(bpmn("<bpmn:userTask id=\"Task_D\" camunda:formKey=\"embedded:https://evil.example/form.html\"/>"))
                .anySatisfy(p -> assertThat(p).contains("camunda:formKey"));
        assertThat(bpmn("<bpmn:serviceTask id=\"Task_E\" camunda:resource=\"classpath://x.js\"/>"))
                .anySatisfy(p -> assertThat(p).contains("camunda:resource"));
    }

    @Test
    void aScriptedConditionIsRefused() {
        assertThat(bpmn("""
                <bpmn:sequenceFlow id="Flow_X" sourceRef="a" targetRef="b">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">true</bpmn:conditionExpression>
                </bpmn:sequenceFlow>""")).anySatisfy(p -> assertThat(p).contains("javascript"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"${dataSource.connection}", "${environment.getProperty('spring.datasource.password')}",
            "${identityService}", "${routing.groupName('x')}", "${routing.group(a, 'b').class}", "${x.getClass().forName('java.lang.Runtime')}",
            "${x['class']}", "${fn:exec('ls')}", "${exec('ls')}", "${''.getClass()}", "#{caseSteps.confirm(task).toString()}"})
    void anExpressionOutsideTheModelBeansIsRefused(String expression) {
        assertThat(bpmn("<bpmn:userTask id=\"Task_F\" name=\"办理\" camunda:assignee=\"" + expression.replace("\"", "&quot;") + "\"/>"))
                .as(expression).isNotEmpty().allSatisfy(p -> assertThat(p).contains("Task_F（办理）").contains("表达式"));
    }

    @Test
    void aDocumentTypeIsRefusedSoNoEntityIsResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><definitions>&x;</definitions>";
        assertThat(safety.check("x.bpmn", xxe.getBytes(StandardCharsets.UTF_8))).singleElement().asString().contains("DOCTYPE");
    }

    @Test
    void aDecisionTableInFeelPassesAndAScriptLanguageIsRefused() {
        assertThat(dmn("<inputExpression id=\"e1\" typeRef=\"number\"><text>score</text></inputExpression>")).isEmpty();
        assertThat(dmn("<inputExpression id=\"e2\" expressionLanguage=\"javascript\"><text>java.lang.System.exit(0)</text></inputExpression>"))
                .anySatisfy(p -> assertThat(p).contains("javascript").contains("FEEL"));
        assertThat(dmn("<inputExpression id=\"e3\" expressionLanguage=\"juel\"><text>${dataSource}</text></inputExpression>"))
                .isNotEmpty();
        assertThat(dmn("<inputEntry id=\"e4\"><text>function(x) external {java: {class: \"java.lang.Runtime\"}}</text></inputEntry>"))
                .anySatisfy(p -> assertThat(p).contains("外部Java函数"));
    }

    @Test
    void aFormMayNotEmbedPagesImagesOrScripts() {
        assertThat(form("{\"type\":\"textfield\",\"key\":\"a\",\"label\":\"说明\"}")).isEmpty();
        assertThat(form("{\"type\":\"iframe\",\"url\":\"https://evil.example\",\"label\":\"外链\"}"))
                .anySatisfy(p -> assertThat(p).contains("外链").contains("iframe"));
        assertThat(form("{\"type\":\"image\",\"source\":\"https://evil.example/x.png\",\"label\":\"图\"}")).isNotEmpty();
        assertThat(form("{\"type\":\"text\",\"text\":\"<script>alert(1)</script>\"}")).isNotEmpty();
        assertThat(safety.check("x.form", "{\"components\":[]}".getBytes(StandardCharsets.UTF_8))).containsExactly("x.form：表单缺少“id”");
    }

    @Test
    void otherFilesAreRefused() {
        assertThat(safety.check("run.groovy", new byte[0])).singleElement().asString().contains("只能上传");
        assertThat(safety.check("x.bpmn", "not xml".getBytes(StandardCharsets.UTF_8))).singleElement().asString().contains("XML");
    }

    private List<String> bpmn(String elements) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Defs" targetNamespace="t">
                  <bpmn:process id="p" isExecutable="true">%s</bpmn:process>
                </bpmn:definitions>""".formatted(elements).strip();
        return safety.check("p.bpmn", xml.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> dmn(String inner) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="n">
                  <decision id="t" name="t"><decisionTable id="dt"><input id="i">%s</input></decisionTable></decision>
                </definitions>""".formatted(inner).strip();
        return safety.check("t.dmn", xml.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> form(String component) {
        return safety.check("f.form", ("{\"id\":\"f\",\"components\":[" + component + "]}").getBytes(StandardCharsets.UTF_8));
    }
}
