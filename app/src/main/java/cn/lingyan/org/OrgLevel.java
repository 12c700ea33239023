package cn.lingyan.org;

/** Administrative level of an org unit; the division code length tells the level. */
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
}
