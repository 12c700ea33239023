package cn.lingyan.dashboard;

import cn.lingyan.web.PluginResponses;
import cn.lingyan.web.SpringBeans;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;

/** The dashboard's views over the Cockpit session, each limited to a unit the viewer sees. */
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource extends AbstractCockpitPluginResource {

    public DashboardResource(String engineName) {
        super(engineName);
    }

    private static Dashboard dashboard() {
        return SpringBeans.get(Dashboard.class);
    }

    @GET
    @Path("units")
    public Response units(@QueryParam("unit") String unit) {
        return PluginResponses.answer(() -> dashboard().units(unit));
    }

    @GET
    @Path("rectification")
    public Response rectification(@QueryParam("unit") String unit) {
        return PluginResponses.answer(() -> dashboard().rectification(unit));
    }

    @GET
    @Path("vetting")
    public Response vetting(@QueryParam("unit") String unit) {
        return PluginResponses.answer(() -> dashboard().vetting(unit));
    }

    @GET
    @Path("register")
    public Response register(@QueryParam("unit") String unit) {
        return PluginResponses.answer(() -> dashboard().register(unit));
    }

    @GET
    @Path("sla")
    public Response sla(@QueryParam("unit") String unit, @QueryParam("from") String from, @QueryParam("to") String to) {
        return PluginResponses.answer(() -> dashboard().sla(unit, date(from), date(to)));
    }

    @GET
    @Path("ranking")
    public Response ranking(@QueryParam("unit") String unit, @QueryParam("month") String month) {
        return PluginResponses.answer(() -> dashboard().ranking(unit, month));
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new cn.lingyan.web.InvalidInputException(cn.lingyan.web.ErrorCode.FORM_INVALID, "日期“" + text + "”应为“年-月-日”");
        }
    }
}
