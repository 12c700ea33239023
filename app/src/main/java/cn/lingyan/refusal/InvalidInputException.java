package cn.lingyan.refusal;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Bad input from a person. Extends the engine's form validation exception so that Camunda REST and
 * Tasklist answer 400 with the message, and the engine rolls the whole command back.
 */
public class InvalidInputException extends FormFieldValidationException implements Refusal {

    private final ErrorCode errorCode;

    public InvalidInputException(ErrorCode errorCode, Object... args) {
        super(errorCode.name(), errorCode.message(args));
        this.errorCode = errorCode;
        this.code = errorCode.code();
    }

    @Override
    public ErrorCode errorCode() {
        return errorCode;
    }
}
