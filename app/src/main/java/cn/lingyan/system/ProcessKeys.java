package cn.lingyan.system;

/** Process definition keys, as written in the BPMN files under processes/. */
public final class ProcessKeys {

    public static final String WEAK_BRANCH_RECTIFICATION = "weak-branch-rectification";
    public static final String WEAK_BRANCH_SCREENING = "weak-branch-screening";
    public static final String WEAK_BRANCH_SCREENING_KICKOFF = "weak-branch-screening-kickoff";

    public static final String SECRETARY_CANDIDATE_VETTING = "secretary-candidate-vetting";
    public static final String SECRETARY_ASSESSMENT = "secretary-assessment";
    public static final String FOUR_DELIBERATIONS_TWO_DISCLOSURES = "four-deliberations-two-disclosures";

    private ProcessKeys() {}
}
