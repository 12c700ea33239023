package cn.lingyan.approval;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/** Root of the plugin's REST resources: /camunda/api/tasklist/plugin/lingyan-approval/{engine}/... */
@Path("plugin/" + ApprovalTasklistPlugin.ID)
public class ApprovalPluginRootResource extends AbstractTasklistPluginRootResource {

    /**
     * The frontend's files under .../static/: Camunda serves only app/plugin.js and app/plugin.css unless a plugin
     * lists more, and plugin.js imports the other ES modules relatively.
     */
    static final List<String> ASSETS = List.of("app/plugin.js", "app/plugin.css", "app/shared.js", "app/task-detail.js",
            "app/timeline.js", "app/hand-over.js", "app/copy-urge.js", "app/return-withdraw.js", "app/evidence.js",
            "app/batch.js", "app/navbar.js");

    public ApprovalPluginRootResource() {
        super(ApprovalTasklistPlugin.ID);
    }

    // called from the superclass constructor: answers from the constant, never from instance state
    @Override
    protected List<String> getAllowedAssets() {
        return ASSETS;
    }

    @Path("{engineName}")
    public ApprovalResource approval(@PathParam("engineName") String engineName) {
        return subResource(new ApprovalResource(engineName), engineName);
    }
}
