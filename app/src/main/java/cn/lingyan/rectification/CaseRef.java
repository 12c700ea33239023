package cn.lingyan.rectification;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The ledger case and rectification cycle an execution or task belongs to. */
record CaseRef(long caseId, int cycle) {

    static CaseRef of(VariableScope scope) {
        Object caseId = scope.getVariable("caseId");
        Object cycle = scope.getVariable("cycle");
        if (!(caseId instanceof Number id)) {
            throw new IllegalStateException("Process instance has no ledger case id");
        }
        return new CaseRef(id.longValue(), cycle instanceof Number n ? n.intValue() : 1);
    }
}
