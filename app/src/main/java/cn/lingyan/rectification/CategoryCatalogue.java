package cn.lingyan.rectification;

import cn.lingyan.engine.DeployedDecisionTables;
import cn.lingyan.org.CountyRules;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Names of the weakness categories, read from the deployed weakness-categories DMN table itself (each rule's
 * outputs: code, name), so a policy owner who adds or renames a category there needs no Java change.
 */
@Component
public class CategoryCatalogue {

    static final String DECISION_KEY = "weakness-categories";

    private final DeployedDecisionTables tables;

    CategoryCatalogue(DeployedDecisionTables tables) {
        this.tables = tables;
    }

    /** Code → Chinese name, in table order, as the table in force for the county of {@code unitCode} has them. */
    public Map<String, String> names(String unitCode) {
        Map<String, String> names = new LinkedHashMap<>();
        for (DeployedDecisionTables.Rule rule : tables.rules(DECISION_KEY, CountyRules.countyOf(unitCode))) {
            if (rule.outputs().size() >= 2) {
                names.put(rule.outputs().get(0), rule.outputs().get(1));
            }
        }
        return names;
    }

    String name(String code, String unitCode) {
        String name = names(unitCode).get(code);
        if (name == null) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "软弱涣散情形代码“" + code + "”不在规则表中");
        }
        return name;
    }
}
