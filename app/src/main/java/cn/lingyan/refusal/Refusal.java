package cn.lingyan.refusal;

import java.util.Optional;

/** A refusal of what a person asked for (bad input, outside their unit): their mistake, not a fault of the system. */
public interface Refusal {

    ErrorCode errorCode();

    /** The refusal that caused {@code failure}, however deeply the engine or a framework wrapped it. */
    static Optional<Refusal> in(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof Refusal refusal) {
                return Optional.of(refusal);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return Optional.empty();
    }
}
