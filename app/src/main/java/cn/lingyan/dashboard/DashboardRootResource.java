package cn.lingyan.dashboard;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** Root of the dashboard's REST resources: /camunda/api/cockpit/plugin/lingyan-dashboard/{engine}/... */
@Path("plugin/" + DashboardCockpitPlugin.ID)
public class DashboardRootResource extends AbstractCockpitPluginRootResource {

    /**
     * The frontend's files under plugin-webapp/lingyan-dashboard/: the entry app/plugin.js imports the other ES
     * modules, which Camunda serves only when listed here (by default just app/plugin.js and app/plugin.css).
     */
    static final List<String> ASSETS = List.of("app/plugin.js", "app/plugin.css", "app/common.js", "app/charts.js",
            "app/tables.js", "app/metrics.js", "app/page.js", "app/summary.js", "app/views/rectification.js",
            "app/views/vetting.js", "app/views/register.js", "app/views/sla.js", "app/views/ranking.js");

    public DashboardRootResource() {
        super(DashboardCockpitPlugin.ID);
    }

    @Override
    protected List<String> getAllowedAssets() {
        // called from the superclass constructor, so a constant
        return ASSETS;
    }

    @Path("{engineName}")
    public DashboardResource dashboard(@PathParam("engineName") String engineName) {
        return subResource(new DashboardResource(engineName), engineName);
    }
}
