package cn.lingyan.org;

import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.util.Arrays;
import java.util.Optional;

/** Administrative level of an org unit; the division code's length tells the level (county 6, township 9, village 12 digits). */
public enum OrgLevel {
    COUNTY(6), TOWNSHIP(9), VILLAGE(12);

    private final int codeLength;

    OrgLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The code of this level's unit that contains the unit with the given (same or lower level) code. */
    public String ancestorCode(String code) {
        return code.substring(0, codeLength);
    }

    /** The level of a division code, or empty when the text is not one (wrong length, not all digits). */
    public static Optional<OrgLevel> find(String code) {
        if (code == null || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(level -> level.codeLength == code.length()).findFirst();
    }

    /** The level of a division code; a refusal a person can act on when the text is not one. */
    public static OrgLevel of(String code) {
        return find(code).orElseThrow(() -> new InvalidInputException(ErrorCode.UNKNOWN_UNIT, String.valueOf(code)));
    }
}
