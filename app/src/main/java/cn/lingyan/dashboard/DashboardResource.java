package cn.lingyan.dashboard;

import cn.lingyan.org.UnitScope;
import cn.lingyan.web.PluginResponses;
import cn.lingyan.webapp.SpringBeans;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;

/** The dashboard's views over the Cockpit session, each limited to a unit the viewer sees. */
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource extends AbstractCockpitPluginResource {

    public DashboardResource(String engineName) {
        super(engineName);
    }


    @GET
    @Path("units")
    public Response units(@QueryParam("unit") String unit) {
        return PluginResponses.answer(() -> SpringBeans.get(UnitsView.class).of(unit));
    }

    @GET
    @Path("rectification")
    public Response rectification(@QueryParam("unit") String unit) {
        return PluginResponses.answer(() -> SpringBeans.get(RectificationView.class).of(unit));
    }

    @GET
    @Path("vetting")
    public Response vetting(@QueryParam("unit") String unit) {
        return PluginResponses.answer(() -> SpringBeans.get(VettingView.class).of(unit));
    }

    @GET
    @Path("register")
    public Response register(@QueryParam("unit") String unit) {
        return PluginResponses.answer(() -> SpringBeans.get(RegisterView.class).of(unit));
    }

    @GET
    @Path("sla")
    public Response sla(@QueryParam("unit") String unit, @QueryParam("from") String from, @QueryParam("to") String to) {
        return PluginResponses.answer(() -> SpringBeans.get(SlaView.class).of(unit, date(from), date(to)));
    }

    @GET
    @Path("ranking")
    public Response ranking(@QueryParam("unit") String unit, @QueryParam("month") String month) {
        return PluginResponses.answer(() -> SpringBeans.get(RankingView.class).of(unit, month));
    }

    /** A view as an Excel file, named for the view, the unit and the day. */
    @GET
    @Path("export/{view}.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response export(@jakarta.ws.rs.PathParam("view") String view, @QueryParam("unit") String unit,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("month") String month) {
        DashboardExport.Table table;
        String scope;
        try {
            scope = SpringBeans.get(UnitScope.class).scope(unit);
            table = SpringBeans.get(DashboardExport.class).table(view, scope, date(from), date(to), month);
        } catch (RuntimeException e) {
            return PluginResponses.failure(e);
        }
        String name = table.title() + "_" + scope + "_" + LocalDate.now(SpringBeans.get(Clock.class)) + ".xlsx";
        String encoded = java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(SpringBeans.get(DashboardExport.class).xlsx(table))
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded).build();
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new cn.lingyan.refusal.InvalidInputException(cn.lingyan.refusal.ErrorCode.FORM_INVALID, "日期“" + text + "”应为“年-月-日”");
        }
    }
}
