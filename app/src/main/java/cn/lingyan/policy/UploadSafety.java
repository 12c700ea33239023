package cn.lingyan.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * In stock Camunda the right to deploy is the right to run code: a BPMN may carry script tasks, {@code camunda:class},
 * connectors or expressions that call any Spring bean, a DMN may switch its expression language to a script engine.
 * A policy owner changes rules, not code, so an upload is refused (with each element named, in Chinese) when it holds
 * any of these, or refers to resources outside the deployment. Only BPMN, DMN and Camunda Forms are accepted.
 */
final class UploadSafety {

    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    /** FEEL, in the spellings DMN 1.1–1.3 and Camunda use; every other expression language runs a script or JUEL. */
    private static final Set<String> FEEL = Set.of("feel", "http://www.omg.org/spec/feel/20140401",
            "https://www.omg.org/spec/dmn/20191111/feel/", "http://www.omg.org/spec/dmn/20180521/feel/");
    /** Camunda attributes that name Java classes or resources; none may appear in a policy owner's model. */
    private static final Set<String> CODE_ATTRIBUTES = Set.of("class", "resource", "variableMappingClass", "scriptFormat");
    /** Camunda elements that run scripts or call out (script, connector, external resources). */
    private static final Set<String> CODE_ELEMENTS = Set.of("script", "connector", "connectorId");
    private static final Set<String> FORM_EXTERNAL = Set.of("iframe");

    private final ExpressionGuard expressions;
    private final ObjectMapper json = new ObjectMapper();

    UploadSafety(ExpressionGuard expressions) {
        this.expressions = expressions;
    }

    /** The problems of one uploaded resource, in Chinese, each naming where it is; empty when it may be deployed. */
    List<String> check(String name, byte[] content) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml") || lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml")) {
            return checkXml(name, content, lower.contains(".dmn"));
        }
        if (lower.endsWith(".form")) {
            return checkForm(name, content);
        }
        return List.of(name + "：只能上传流程（.bpmn）、决策表（.dmn）和表单（.form）");
    }

    private List<String> checkXml(String name, byte[] content, boolean dmn) {
        Element root;
        try {
            root = secureParser().parse(new ByteArrayInputStream(content)).getDocumentElement();
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return List.of(name + "：不是有效的XML文件（不允许DOCTYPE和外部实体）");
        }
        List<String> problems = new ArrayList<>();
        walk(name, root, dmn, name, problems);
        return problems;
    }

    /** Checks {@code element} and its children; {@code where} names the nearest enclosing element with an id. */
    private void walk(String name, Element element, boolean dmn, String enclosing, List<String> problems) {
        String where = element.hasAttribute("id") || enclosing.equals(name) ? name + " · " + describe(element)
                : enclosing + " · " + element.getLocalName();
        String local = element.getLocalName();
        if (BPMN_NS.equals(element.getNamespaceURI()) && ("scriptTask".equals(local) || "import".equals(local))) {
            problems.add(where + "：不允许" + ("scriptTask".equals(local) ? "脚本任务" : "导入外部文件"));
        }
        if (CAMUNDA_NS.equals(element.getNamespaceURI()) && CODE_ELEMENTS.contains(local)) {
            problems.add(where + "：不允许脚本或外部连接器（camunda:" + local + "）");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeName = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            if (CAMUNDA_NS.equals(attribute.getNamespaceURI()) && CODE_ATTRIBUTES.contains(attributeName)) {
                problems.add(where + "：不允许引用Java类、脚本或外部资源（camunda:" + attributeName + "）");
            }
            if (CAMUNDA_NS.equals(attribute.getNamespaceURI()) && "formKey".equals(attributeName)) {
                problems.add(where + "：表单请用 camunda:formRef 引用已部署的表单，不允许 camunda:formKey");
            }
            if (("language".equals(attributeName) || "expressionLanguage".equals(attributeName))
                    && !allowedLanguage(attribute.getValue(), dmn)) {
                problems.add(where + "：不允许使用表达式语言“" + attribute.getValue() + "”（" + (dmn ? "决策表只允许FEEL" : "流程只允许JUEL表达式") + "）");
            }
            expressions.check(attribute.getValue()).forEach(p -> problems.add(where + "：" + p));
        }
        String text = ownText(element);
        if (dmn && text.matches("(?s).*\\bexternal\\b.*\\bjava\\b.*")) {
            problems.add(where + "：不允许在FEEL中定义外部Java函数");
        }
        expressions.check(text).forEach(p -> problems.add(where + "：" + p));
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                walk(name, childElement, dmn, element.hasAttribute("id") ? name + " · " + describe(element) : enclosing,
                        problems);
            }
        }
    }

    private List<String> checkForm(String name, byte[] content) {
        JsonNode form;
        try {
            form = json.readTree(content);
        } catch (IOException e) {
            return List.of(name + "：不是有效的表单文件（JSON）");
        }
        if (form == null || !form.isObject() || !form.path("id").isTextual()) {
            return List.of(name + "：表单缺少“id”");
        }
        List<String> problems = new ArrayList<>();
        checkComponents(name, form.path("components"), problems);
        return problems;
    }

    private void checkComponents(String name, JsonNode components, List<String> problems) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            String where = name + " · " + component.path("label").asText(component.path("key").asText(component.path("id").asText(type)));
            if (FORM_EXTERNAL.contains(type)) {
                problems.add(where + "：表单不允许嵌入外部网页（" + type + "）");
            }
            if ("image".equals(type) && !component.path("source").asText("").startsWith("data:")) {
                problems.add(where + "：图片只能内嵌（data:），不允许引用外部地址");
            }
            component.fields().forEachRemaining(field -> {
                if (field.getValue().isTextual()) {
                    String value = field.getValue().asText().toLowerCase(Locale.ROOT);
                    if (value.contains("<script") || value.contains("javascript:")) {
                        problems.add(where + "：表单内容不允许脚本");
                    }
                }
            });
            checkComponents(name, component.path("components"), problems);
        }
    }

    private static boolean allowedLanguage(String language, boolean dmn) {
        String value = language.trim().toLowerCase(Locale.ROOT);
        return value.isEmpty() || (dmn ? FEEL.contains(value) : "juel".equals(value));
    }

    private static String describe(Element element) {
        String id = element.getAttribute("id");
        String label = element.getAttribute("name");
        return element.getLocalName() + (id.isEmpty() ? "" : " " + id) + (label.isEmpty() ? "" : "（" + label + "）");
    }

    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

    private static javax.xml.parsers.DocumentBuilder secureParser() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder();
    }
}
