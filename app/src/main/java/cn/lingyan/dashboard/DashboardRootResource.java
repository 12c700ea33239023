package cn.lingyan.dashboard;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** Root of the dashboard's REST resources: /camunda/api/cockpit/plugin/lingyan-dashboard/{engine}/... */
@Path("plugin/" + DashboardCockpitPlugin.ID)
public class DashboardRootResource extends AbstractCockpitPluginRootResource {

    public DashboardRootResource() {
        super(DashboardCockpitPlugin.ID);
    }

    @Path("{engineName}")
    public DashboardResource dashboard(@PathParam("engineName") String engineName) {
        return subResource(new DashboardResource(engineName), engineName);
    }
}
