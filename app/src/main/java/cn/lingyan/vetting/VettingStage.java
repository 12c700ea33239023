package cn.lingyan.vetting;

import cn.lingyan.system.Term;

/**
 * The steps of a vetting the archive and the dashboard's pipeline show, in process order: the start listeners of
 * secretary-candidate-vetting enter them (${vettingSteps.enter(execution, 'VILLAGE_CHECK')}, …).
 */
public enum VettingStage implements Term {
    VILLAGE_CHECK("村级初审"),
    TOWNSHIP_REVIEW("镇级复审"),
    JOINT_REVIEW("县级联审"),
    MEETING("联审会议研究"),
    PUBLICATION("村内公示"),
    FILING("县级备案");

    private final String text;

    VettingStage(String text) {
        this.text = text;
    }

    @Override
    public String text() {
        return text;
    }
}
