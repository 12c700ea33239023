package cn.lingyan.policy;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** Root of the workbench's REST resources: /camunda/api/cockpit/plugin/lingyan-policy/{engine}/... */
@Path("plugin/" + PolicyCockpitPlugin.ID)
public class PolicyRootResource extends AbstractCockpitPluginRootResource {

    /**
     * The frontend's ES modules under .../static/: Cockpit serves only app/plugin.js and app/plugin.css unless a
     * plugin lists more. The editors' bundles are not here: Spring serves them from /lingyan-vendor/.
     */
    static final List<String> ASSETS = List.of("app/plugin.js", "app/plugin.css", "app/shared.js", "app/vendor.js",
            "app/zh.js", "app/page.js", "app/in-force.js", "app/viewer.js", "app/versions.js", "app/dmn-editor.js",
            "app/forms.js", "app/upload.js", "app/changes.js", "app/reason-dialog.js", "app/try.js", "app/diff.js", "app/checks.js",
            "app/migrate.js");

    public PolicyRootResource() {
        super(PolicyCockpitPlugin.ID);
    }

    // called from the superclass constructor: answers from the constant, never from instance state
    @Override
    protected List<String> getAllowedAssets() {
        return ASSETS;
    }

    @Path("{engineName}")
    public PolicyResource policy(@PathParam("engineName") String engineName) {
        return subResource(new PolicyResource(engineName), engineName);
    }
}
