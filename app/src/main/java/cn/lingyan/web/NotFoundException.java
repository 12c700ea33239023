package cn.lingyan.web;

/** A record that does not exist (or that the caller may not know exists). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(ErrorCode.NOT_FOUND.message(what));
    }
}
