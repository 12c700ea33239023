package cn.lingyan.policy;

import cn.lingyan.policy.DiffReport.Item;
import cn.lingyan.policy.DiffReport.ItemChange;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Process versions compared element by element (matched by id, as bpmn-js-differ does): the process itself and every
 * flow element in it, each with its attributes (name, sequence flows' sourceRef/targetRef, camunda:candidateGroups,
 * formRef, decisionRef, …) and what its children say (conditions, timers, listeners' expressions, input/output
 * mappings, multi-instance settings). The diagram's layout is not compared.
 */
final class BpmnDiff {

    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    /** Elements whose children are elements of their own. */
    private static final Set<String> CONTAINERS = Set.of("process", "subProcess", "transaction", "adHocSubProcess");
    /** Children of a container that belong to it rather than being elements. */
    private static final Set<String> OWN_PARTS = Set.of("extensionElements", "documentation", "laneSet", "ioSpecification", "property",
            "multiInstanceLoopCharacteristics", "standardLoopCharacteristics", "dataInputAssociation", "dataOutputAssociation");
    /** Derived from the sequence flows, which are compared themselves. */
    private static final Set<String> IGNORED = Set.of("incoming", "outgoing", "laneSet");
    /** Extension elements that only group what they hold (camunda:inputOutput, camunda:properties). */
    private static final Set<String> GROUPS = Set.of("inputOutput", "properties");

    private BpmnDiff() {}

    static List<ItemChange> diff(ModelFile from, ModelFile to) {
        return DiffReport.compareItems(items(from), items(to));
    }

    /** The process and every element in it, by id, in document order. */
    static Map<String, Item> items(ModelFile file) {
        Document document = (Document) Bpmn.readModelFromStream(new ByteArrayInputStream(file.content())).getDocument()
                .getDomSource().getNode();
        Map<String, Item> items = new LinkedHashMap<>();
        for (Element child : children(document.getDocumentElement())) {
            if ("process".equals(child.getLocalName()) && BPMN_NS.equals(child.getNamespaceURI())) {
                collect(child, items);
            }
        }
        return items;
    }

    private static void collect(Element element, Map<String, Item> items) {
        items.put(element.getAttribute("id"), new Item(element.getAttribute("id"), blankToNull(element.getAttribute("name")),
                element.getLocalName(), attributes(element)));
        if (CONTAINERS.contains(element.getLocalName())) {
            children(element).stream().filter(BpmnDiff::isElement).forEach(child -> collect(child, items));
        }
    }

    private static boolean isElement(Element child) {
        return BPMN_NS.equals(child.getNamespaceURI()) && child.hasAttribute("id") && !OWN_PARTS.contains(child.getLocalName());
    }

    private static Map<String, String> attributes(Element element) {
        Map<String, String> values = new LinkedHashMap<>();
        if (element.hasAttribute("name")) {
            values.put("name", element.getAttribute("name"));
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attributeName(attribute);
            if (name != null && !"name".equals(name)) {
                values.put(name, attribute.getValue());
            }
        }
        boolean container = CONTAINERS.contains(element.getLocalName());
        for (Element child : children(element)) {
            String local = child.getLocalName();
            if (IGNORED.contains(local) || container && isElement(child)) {
                continue;
            }
            if ("extensionElements".equals(local)) {
                extensions(child, values);
            } else if ("conditionExpression".equals(local)) {
                add(values, "condition", render(child, Set.of()));
            } else {
                add(values, local, render(child, Set.of()));
            }
        }
        return values;
    }

    /** Listeners as "camunda:taskListener(complete)", mappings as "camunda:inputParameter(name)", each with what it runs or holds. */
    private static void extensions(Element extensionElements, Map<String, String> values) {
        for (Element extension : children(extensionElements)) {
            if (GROUPS.contains(extension.getLocalName())) {
                extensions(extension, values);
                continue;
            }
            String discriminator = extension.hasAttribute("event") ? "event" : extension.hasAttribute("name") ? "name" : null;
            String key = prefix(extension) + extension.getLocalName()
                    + (discriminator == null ? "" : "(" + extension.getAttribute(discriminator) + ")");
            add(values, key, render(extension, discriminator == null ? Set.of() : Set.of(discriminator)));
        }
    }

    /** "timeCycle=${progressReportCycle}", "isSequential=false, camunda:collection=${x}, completionCondition=${y}", or the text. */
    private static String render(Element element, Set<String> skipped) {
        List<String> parts = new ArrayList<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributeName((Attr) attributes.item(i));
            if (name != null && !skipped.contains(name)) {
                parts.add(name + "=" + attributes.item(i).getNodeValue());
            }
        }
        List<Element> children = children(element);
        for (Element child : children) {
            boolean plain = children(child).isEmpty() && render(child, Set.of()).equals(text(child));
            parts.add(child.getLocalName() + (plain ? "=" + text(child) : "[" + render(child, Set.of()) + "]"));
        }
        if (children.isEmpty() && !text(element).isEmpty()) {
            parts.add(parts.isEmpty() ? text(element) : "text=" + text(element));
        }
        return String.join(", ", parts);
    }

    private static void add(Map<String, String> values, String key, String value) {
        values.merge(key, value, (first, second) -> first + "；" + second);
    }

    /**
     * "camunda:formRef" for Camunda's attributes, the local name for BPMN's; null for ids, namespaces, xsi:type and the
     * defaults the validating parser fills in from the schema (startQuantity="1"), which the file does not say.
     */
    private static String attributeName(Attr attribute) {
        String local = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        String namespace = attribute.getNamespaceURI();
        if (!attribute.getSpecified() || "id".equals(local) && namespace == null || local.startsWith("xmlns")
                || "http://www.w3.org/2000/xmlns/".equals(namespace)
                || "http://www.w3.org/2001/XMLSchema-instance".equals(namespace)) {
            return null;
        }
        return namespace == null || BPMN_NS.equals(namespace) ? local : prefix(attribute) + local;
    }

    private static String prefix(Node node) {
        return UploadSafety.CAMUNDA_NS.equals(node.getNamespaceURI()) ? "camunda:" : node.getNamespaceURI() == null
                || BPMN_NS.equals(node.getNamespaceURI()) ? "" : node.getPrefix() + ":";
    }

    private static String text(Element element) {
        return element.getTextContent().strip().replaceAll("\\s+", " ");
    }

    private static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
