package cn.lingyan.org;

import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.system.PlainValues;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * Every case belongs to its county: a process instance started from a shared (province) definition gets the county
 * of the village, township or county it is started for as its Camunda tenant, so Camunda's tenant check keeps it
 * inside the county, its decisions resolve to the county's own tables where the county has some, and a running case
 * can move to the county's own version of its process. A county is the tenant whose id is its division code; its
 * groups are its members (OrgSync).
 */
@Component
class CountyTenants extends AbstractProcessEnginePlugin implements TenantIdProvider {

    /** Start variables that name the unit a case is for, most specific first. */
    private static final List<String> UNIT_VARIABLES = List.of("villageCode", "townshipCode", "countyCode");

    private final OrgDirectory directory;

    CountyTenants(OrgDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(this);
    }

    /**
     * The county of the unit the case is for, or of the starter. A county that has its own version of the process starts
     * only that one: a start of the shared version for it (Tasklist's list, a start by id) is refused (LY-20021), and
     * the engine rolls the whole start back.
     */
    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
        String county = countyOf(context.getVariables()).orElseGet(this::countyOfCurrentUser);
        ProcessDefinition shared = context.getProcessDefinition();
        if (county != null && shared != null && hasOwnVersion(county, shared.getKey())) {
            String name = directory.find(county).map(OrgUnit::name).orElse(county);
            throw new InvalidInputException(ErrorCode.SHARED_VERSION_SUPERSEDED, name,
                    Objects.toString(shared.getName(), shared.getKey()), county);
        }
        return county;
    }

    /** Whether the county's tenant holds a version of the process, read straight from the engine's tables (no user checks). */
    private static boolean hasOwnVersion(String county, String processKey) {
        return Context.getCommandContext().getProcessDefinitionManager()
                .findLatestProcessDefinitionByKeyAndTenantId(processKey, county) != null;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
        return null;
    }

    /** A decision evaluated inside a case belongs to the case's county; one evaluated on its own to nobody. */
    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
        DelegateExecution execution = context.getExecution();
        return execution == null ? null : execution.getTenantId();
    }

    /** The county (tenant id) of a division code, if the org tree knows it. */
    Optional<String> countyOf(String code) {
        return OrgLevel.find(code).map(level -> OrgLevel.COUNTY.ancestorCode(code))
                .filter(county -> directory.find(county).isPresent());
    }

    private Optional<String> countyOf(VariableMap variables) {
        if (variables == null) {
            return Optional.empty();
        }
        return UNIT_VARIABLES.stream().map(name -> PlainValues.text(variables.get(name))).filter(Objects::nonNull)
                .map(String::trim).filter(code -> !code.isEmpty()).findFirst().flatMap(this::countyOf);
    }

    /** A start that names no unit (a county's screening for "my county") belongs to the starter's county, if one. */
    private String countyOfCurrentUser() {
        // read from the engine at call time: an engine plugin cannot depend on beans that need the engine
        Authentication authentication = Context.getProcessEngineConfiguration().getIdentityService().getCurrentAuthentication();
        if (authentication == null || authentication.getGroupIds() == null) {
            return null;
        }
        List<String> counties = authentication.getGroupIds().stream().map(Routing::unitOf).filter(Objects::nonNull)
                .map(OrgLevel.COUNTY::ancestorCode).distinct().toList();
        return counties.size() == 1 ? counties.get(0) : null;
    }
}
