package cn.lingyan.refusal;

/**
 * The one JSON shape of a refusal on every door (/api, the webapp plugins, engine-rest and the webapps' engine API):
 * Camunda REST's own error object, {@code {"type": "FORM_INVALID", "code": 20001, "message": "【LY-20001】…"}}, so
 * Tasklist, Modeler and our pages read every refusal the same way.
 */
public record RefusalBody(String type, int code, String message) {

    public static RefusalBody of(ErrorCode code, String message) {
        return new RefusalBody(code.name(), code.code(), message);
    }

    public static RefusalBody of(Refusal refusal) {
        return of(refusal.errorCode(), ((Throwable) refusal).getMessage());
    }

    /** The engine refused an operation the user holds no permission for. */
    public static RefusalBody forbidden() {
        return of(ErrorCode.OUT_OF_SCOPE, ErrorCode.OUT_OF_SCOPE.marked("无权执行此操作"));
    }
}
