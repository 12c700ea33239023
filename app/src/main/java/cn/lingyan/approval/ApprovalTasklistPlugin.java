package cn.lingyan.approval;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * The Tasklist plugin "lingyan-approval": the approval operations panel on each task and the navbar entry for
 * copies, notifications and withdrawals. Frontend in plugin-webapp/lingyan-approval/app/; registered in
 * META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin.
 */
public class ApprovalTasklistPlugin extends AbstractTasklistPlugin {

    static final String ID = "lingyan-approval";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(ApprovalPluginRootResource.class);
    }

    @Override
    public String getAssetDirectory() {
        return "plugin-webapp/" + ID;
    }
}
