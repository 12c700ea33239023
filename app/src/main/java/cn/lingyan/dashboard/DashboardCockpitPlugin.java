package cn.lingyan.dashboard;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit plugin "lingyan-dashboard": the supervisors' 村级治理看板 (dashboard card, navigation entry and page).
 * Frontend in plugin-webapp/lingyan-dashboard/app/; registered in
 * META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin.
 */
public class DashboardCockpitPlugin extends AbstractCockpitPlugin {

    static final String ID = "lingyan-dashboard";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(DashboardRootResource.class);
    }

    @Override
    public String getAssetDirectory() {
        return "plugin-webapp/" + ID;
    }
}
