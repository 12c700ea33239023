package cn.lingyan.web;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps refusals from the project's own endpoints to status + stable code + Chinese message. */
@RestControllerAdvice
class ApiExceptionHandler {

    record ApiError(String code, String message) {}

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalid(InvalidInputException e) {
        return respond(e.errorCode(), e.getMessage());
    }

    @ExceptionHandler(OutOfScopeException.class)
    ResponseEntity<ApiError> outOfScope(OutOfScopeException e) {
        return respond(e.errorCode(), e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return respond(ErrorCode.NOT_FOUND, e.getMessage());
    }

    /** A body that is not JSON or has a value of the wrong type (text for a number, say). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return respond(ErrorCode.FORM_INVALID, ErrorCode.FORM_INVALID.message("请求内容不是有效的JSON，或字段类型不对（数字、是/否、文字）"));
    }

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<ApiError> forbidden(AuthorizationException e) {
        return ResponseEntity.status(ErrorCode.OUT_OF_SCOPE.status())
                .body(new ApiError("LY-" + ErrorCode.OUT_OF_SCOPE.code(), "【LY-" + ErrorCode.OUT_OF_SCOPE.code() + "】无权执行此操作"));
    }

    private static ResponseEntity<ApiError> respond(ErrorCode code, String message) {
        return ResponseEntity.status(code.status()).body(new ApiError("LY-" + code.code(), message));
    }
}
