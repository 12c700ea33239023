package cn.lingyan.web;

import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.NotFoundException;
import cn.lingyan.refusal.Refusal;
import cn.lingyan.refusal.RefusalBody;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps refusals from the project's own endpoints to status + the one refusal body (see {@link RefusalBody}). */
@RestControllerAdvice
class ApiExceptionHandler {

    /** Our refusals (OutOfScopeException is an AuthorizationException); an {@link AuthorizationException} that is not one of ours is the engine's own permission check. */
    @ExceptionHandler({InvalidInputException.class, NotFoundException.class, AuthorizationException.class})
    ResponseEntity<RefusalBody> refused(RuntimeException e) {
        return Refusal.in(e).map(ApiExceptionHandler::respond)
                .orElseGet(() -> ResponseEntity.status(ErrorCode.OUT_OF_SCOPE.status()).body(RefusalBody.forbidden()));
    }

    /** A body that is not JSON or has a value of the wrong type (text for a number, say). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<RefusalBody> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.status(ErrorCode.FORM_INVALID.status()).body(RefusalBody.of(ErrorCode.FORM_INVALID,
                ErrorCode.FORM_INVALID.message("请求内容不是有效的JSON，或字段类型不对（数字、是/否、文字）")));
    }

    private static ResponseEntity<RefusalBody> respond(Refusal refusal) {
        return ResponseEntity.status(refusal.errorCode().status()).body(RefusalBody.of(refusal));
    }
}
