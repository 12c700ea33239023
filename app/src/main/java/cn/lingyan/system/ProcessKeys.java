package cn.lingyan.system;

/** Process definition keys, as written in the BPMN files under processes/. */
public final class ProcessKeys {

    public static final String WEAK_BRANCH_RECTIFICATION = "weak-branch-rectification";
    public static final String WEAK_BRANCH_SCREENING = "weak-branch-screening";
    public static final String WEAK_BRANCH_SCREENING_KICKOFF = "weak-branch-screening-kickoff";

    private ProcessKeys() {}
}
