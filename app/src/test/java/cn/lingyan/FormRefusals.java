package cn.lingyan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.lingyan.refusal.InvalidInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Refusals by the deployed form, checked on the server before any listener (FormValidationPlugin): the rules the
 * listeners leave to the form are held end to end.
 */
public final class FormRefusals {

    private FormRefusals() {}

    /** {@code call} is refused with LY-20001 and a message naming each of {@code fragments}. */
    public static void assertRefusedByForm(ThrowingCallable call, String... fragments) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("refusal").isNotNull();
        Throwable cause = thrown;
        while (!(cause instanceof InvalidInputException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertThat(cause).as("refusal of %s", thrown).isInstanceOf(InvalidInputException.class);
        assertThat(cause.getMessage()).contains("LY-20001").contains(fragments);
    }
}
