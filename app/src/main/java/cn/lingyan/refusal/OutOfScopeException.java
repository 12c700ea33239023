package cn.lingyan.refusal;

import org.camunda.bpm.engine.AuthorizationException;

/** A user acting outside their org unit; Camunda REST maps it to 403. */
public class OutOfScopeException extends AuthorizationException implements Refusal {

    private final ErrorCode errorCode;

    public OutOfScopeException(ErrorCode errorCode, Object... args) {
        super(errorCode.message(args));
        this.errorCode = errorCode;
        this.code = errorCode.code();
    }

    @Override
    public ErrorCode errorCode() {
        return errorCode;
    }
}
