package cn.lingyan.web;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.ResponseEntity;
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

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<ApiError> forbidden(AuthorizationException e) {
        return ResponseEntity.status(ErrorCode.OUT_OF_SCOPE.status())
                .body(new ApiError("LY-" + ErrorCode.OUT_OF_SCOPE.code(), "【LY-" + ErrorCode.OUT_OF_SCOPE.code() + "】无权执行此操作"));
    }

    private static ResponseEntity<ApiError> respond(ErrorCode code, String message) {
        return ResponseEntity.status(code.status()).body(new ApiError("LY-" + code.code(), message));
    }
}
