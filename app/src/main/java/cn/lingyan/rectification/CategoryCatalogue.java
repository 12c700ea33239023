package cn.lingyan.rectification;

import cn.lingyan.engine.SystemAccess;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * Names of the weakness categories, read from the deployed weakness-categories DMN table itself, so a
 * policy owner who adds or renames a category there needs no Java change.
 */
@Component
class CategoryCatalogue {

    static final String DECISION_KEY = "weakness-categories";

    private final RepositoryService repositoryService;
    private final SystemAccess systemAccess;
    private final Map<String, Map<String, String>> byDefinition = new ConcurrentHashMap<>();

    CategoryCatalogue(RepositoryService repositoryService, SystemAccess systemAccess) {
        this.repositoryService = repositoryService;
        this.systemAccess = systemAccess;
    }

    /** Code → Chinese name, in table order. */
    Map<String, String> names() {
        DecisionDefinition latest = systemAccess.call(() -> repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(DECISION_KEY).latestVersion().singleResult());
        if (latest == null) {
            throw new IllegalStateException("Decision " + DECISION_KEY + " is not deployed");
        }
        return byDefinition.computeIfAbsent(latest.getId(), this::read);
    }

    String name(String code) {
        String name = names().get(code);
        if (name == null) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "软弱涣散情形代码“" + code + "”不在规则表中");
        }
        return name;
    }

    private Map<String, String> read(String decisionDefinitionId) {
        DmnModelInstance model = systemAccess.call(() -> repositoryService.getDmnModelInstance(decisionDefinitionId));
        Map<String, String> names = new LinkedHashMap<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (!DECISION_KEY.equals(decision.getId()) || !(decision.getExpression() instanceof DecisionTable table)) {
                continue;
            }
            for (Rule rule : table.getRules()) {
                var outputs = rule.getOutputEntries().stream().map(e -> unquote(e.getTextContent())).toList();
                if (outputs.size() >= 2) {
                    names.put(outputs.get(0), outputs.get(1));
                }
            }
        }
        return names;
    }

    private static String unquote(String text) {
        String trimmed = text == null ? "" : text.trim();
        return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }
}
