package cn.lingyan.approval;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/** Root of the plugin's REST resources: /camunda/api/tasklist/plugin/lingyan-approval/{engine}/... */
@Path("plugin/" + ApprovalTasklistPlugin.ID)
public class ApprovalPluginRootResource extends AbstractTasklistPluginRootResource {

    public ApprovalPluginRootResource() {
        super(ApprovalTasklistPlugin.ID);
    }

    @Path("{engineName}")
    public ApprovalResource approval(@PathParam("engineName") String engineName) {
        return subResource(new ApprovalResource(engineName), engineName);
    }
}
