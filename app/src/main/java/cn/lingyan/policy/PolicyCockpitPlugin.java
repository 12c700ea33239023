package cn.lingyan.policy;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit plugin "lingyan-policy": the policy owners' workbench 规则与流程管理 (navigation entry and page).
 * Frontend in plugin-webapp/lingyan-policy/app/, the bpmn.io editors it loads under /lingyan-vendor/ (fetched by the
 * build); registered in META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin.
 */
public class PolicyCockpitPlugin extends AbstractCockpitPlugin {

    static final String ID = "lingyan-policy";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(PolicyRootResource.class);
    }

    @Override
    public String getAssetDirectory() {
        return "plugin-webapp/" + ID;
    }
}
