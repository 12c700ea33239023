package cn.lingyan.dashboard;

import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** Each dashboard view as an Excel workbook with Chinese headers, for the unit the viewer sees. */
@Component
public class DashboardExport {

    /** A named table: sheet title, column headers, rows. */
    public record Table(String title, List<String> headers, List<List<Object>> rows) {}

    private final RectificationView rectification;
    private final VettingView vetting;
    private final RegisterView register;
    private final SlaView sla;
    private final RankingView ranking;

    DashboardExport(RectificationView rectification, VettingView vetting, RegisterView register, SlaView sla, RankingView ranking) {
        this.rectification = rectification;
        this.vetting = vetting;
        this.register = register;
        this.sla = sla;
        this.ranking = ranking;
    }

    public Table table(String view, String unit, LocalDate from, LocalDate to, String month) {
        return switch (view) {
            case "rectification" -> new Table("整顿台账", List.of("乡镇", "村", "阶段", "软弱涣散情形", "县级联系领导", "乡镇联系领导",
                    "第一书记", "已完成措施", "措施总数", "整改期限", "距期限天数", "超期", "挂牌督办", "回头看"),
                    rectification.of(unit).villages().stream().map(v -> row(v.townshipName(), v.villageName(), v.stageText(),
                            String.join("、", v.categories()), v.countyLeader(), v.townshipLeader(), v.firstSecretary(), v.measuresDone(),
                            v.measuresTotal(), v.deadline(), v.daysToDeadline(), yes(v.overdue()), yes(v.supervised()),
                            v.lookBackText() == null ? "" : v.lookBackText())).toList());
            case "vetting-departments" -> new Table("联审部门答复", List.of("部门", "待答复", "已逾期"),
                    vetting.of(unit).departments().stream().map(d -> row(d.departmentName(), d.outstanding(), d.overdue())).toList());
            case "reserves" -> new Table("后备力量", List.of("村", "在库后备力量", "成熟后备力量", "低于最低要求", "低于目标"),
                    vetting.of(unit).reserves().stream().map(r -> row(r.villageName(), r.active(), r.mature(), yes(r.belowMinimum()),
                            yes(r.belowTarget()))).toList());
            case "register" -> new Table("议事台账", List.of("村", "事项类别", "决议机构", "事项数"),
                    register.of(unit).byVillage().stream().map(m -> row(m.villageName(), m.kindText(), m.bodyText(), m.count())).toList());
            case "sla" -> new Table("办理时效", List.of("流程", "环节", "办理次数", "中位数（小时）", "90%分位（小时）"),
                    sla.of(unit, from, to).steps().stream().map(s -> row(s.process(), s.taskName(), s.count(), s.p50Hours(),
                            s.p90Hours())).toList());
            case "ranking" -> new Table("月度通报", List.of("名次", "乡镇", "超期整改案件", "超期联审答复", "超期未审核公开", "本月办结环节", "得分"),
                    ranking.of(unit, month).townships().stream().map(r -> row(r.rank(), r.townshipName(), r.overdueCases(),
                            r.overdueAnswers(), r.overdueDisclosures(), r.completedSteps(), r.score())).toList());
            default -> throw new InvalidInputException(ErrorCode.FORM_INVALID, "没有名为“" + view + "”的报表");
        };
    }

    public byte[] xlsx(Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(table.title());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < table.headers().size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(table.headers().get(i));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = table.rows().get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(String.valueOf(value));
                    }
                }
            }
            for (int i = 0; i < table.headers().size(); i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object value : values) {
            row.add(value);
        }
        return row;
    }

    private static String yes(boolean flag) {
        return flag ? "是" : "否";
    }
}
