package cn.lingyan.refusal;

import org.springframework.http.HttpStatus;

/**
 * Every refusal the system gives, with a stable numeric code (Camunda REST puts it in the "code" field;
 * custom codes start at 20000), the HTTP status and a Chinese message a person can act on.
 */
public enum ErrorCode {
    FORM_INVALID(20001, HttpStatus.BAD_REQUEST, "表单填写有误：%s"),
    UNKNOWN_VILLAGE(20002, HttpStatus.BAD_REQUEST, "村级区划代码“%s”不存在，请填写本县已登记村的12位区划代码"),
    UNKNOWN_UNIT(20003, HttpStatus.BAD_REQUEST, "组织单位代码“%s”不存在，请核对区划代码"),
    OUT_OF_SCOPE(20004, HttpStatus.FORBIDDEN, "用户“%s”无权办理或查看区划“%s”的事项，请联系本单位管理员"),
    NOT_IN_GROUP(20005, HttpStatus.BAD_REQUEST, "账号“%s”不属于%s，请填写%s的登录账号"),
    DUPLICATE_CASE(20006, HttpStatus.CONFLICT, "%s已有进行中的整顿案件（%s），不能重复发起"),
    EXTENSION_REFUSED(20007, HttpStatus.BAD_REQUEST, "不能延期：%s"),
    QUOTA_NOT_MET(20008, HttpStatus.BAD_REQUEST, "确认名单不足：按规定至少应纳入%d个村，当前仅%d个"),
    DUPLICATE_CAMPAIGN(20009, HttpStatus.CONFLICT, "%s的%d年度排查已经发起（%s），不能重复发起"),
    NOT_FOUND(20010, HttpStatus.NOT_FOUND, "未找到%s"),
    PROTECTED_VARIABLE(20011, HttpStatus.BAD_REQUEST, "“%s”由系统维护，不能在表单或接口中填写或修改"),
    INVALID_ID_NUMBER(20012, HttpStatus.BAD_REQUEST, "公民身份号码有误：%s"),
    DUPLICATE_VETTING(20013, HttpStatus.CONFLICT, "%s已有进行中的人选审查（%s），不能重复提请"),
    DUPLICATE_ASSESSMENT(20014, HttpStatus.CONFLICT, "%s的%d年度书记履职研判已经发起（%s），不能重复发起"),
    MATTER_COOLING_OFF(20015, HttpStatus.CONFLICT, "事项“%s”已于%s撤回或未获通过，%s前不能以同一事项重新提交"),
    MEETING_INVALID(20016, HttpStatus.BAD_REQUEST, "会议记录有误：%s"),
    OPERATION_REFUSED(20017, HttpStatus.BAD_REQUEST, "不能%s：%s"),
    TOO_FREQUENT(20018, HttpStatus.TOO_MANY_REQUESTS, "催办过于频繁：同一任务%s内只能催办一次，请于%s后再试"),
    UPLOAD_REFUSED(20019, HttpStatus.BAD_REQUEST, "不能部署：%s"),
    MIGRATION_REFUSED(20020, HttpStatus.BAD_REQUEST, "不能迁移：%s"),
    SHARED_VERSION_SUPERSEDED(20021, HttpStatus.CONFLICT, "%s已启用本县的“%s”，不能再按全省通用版本发起；请选择本县版本（%s）发起"),
    CALENDAR_REFUSED(20030, HttpStatus.BAD_REQUEST, "不能更新工作日历：%s"),
    CALENDAR_ADMIN_ONLY(20031, HttpStatus.FORBIDDEN, "工作日历（法定节假日与调休安排）只能由系统管理员维护，用户“%s”无此权限");

    private final int code;
    private final HttpStatus status;
    private final String template;

    ErrorCode(int code, HttpStatus status, String template) {
        this.code = code;
        this.status = status;
        this.template = template;
    }

    public int code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    /** "【LY-20002】村级区划代码…": the stable code leads so a user can quote it. */
    public String message(Object... args) {
        return marked(String.format(template, args));
    }

    /** A text of this refusal's own, led by the stable code (e.g. the engine's generic "无权执行此操作"). */
    public String marked(String text) {
        return "【LY-" + code + "】" + text;
    }

    /** The code with this number, if the system has one. */
    public static java.util.Optional<ErrorCode> byNumber(int number) {
        return java.util.Arrays.stream(values()).filter(c -> c.code == number).findFirst();
    }
}
