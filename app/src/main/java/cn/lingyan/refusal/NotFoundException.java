package cn.lingyan.refusal;

/** A record that does not exist (or that the caller may not know exists). */
public class NotFoundException extends RuntimeException implements Refusal {

    public NotFoundException(String what) {
        super(ErrorCode.NOT_FOUND.message(what));
    }

    @Override
    public ErrorCode errorCode() {
        return ErrorCode.NOT_FOUND;
    }
}
