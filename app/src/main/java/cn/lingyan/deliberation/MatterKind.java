package cn.lingyan.deliberation;

import cn.lingyan.system.Term;

/** The kind of a matter (事项类别), as the register form offers it. */
public enum MatterKind implements Term {
    ALLOWANCE("误工补贴等人员报酬"),
    COLLECTIVE_INCOME("集体经济收益使用"),
    PUBLIC_WORKS("兴办公益事业（筹资筹劳）"),
    LAND_CONTRACTING("土地承包经营方案"),
    COLLECTIVE_PROJECT("集体经济项目立项和承包"),
    HOMESTEAD("宅基地使用方案"),
    LAND_COMPENSATION("征地补偿费使用分配"),
    COLLECTIVE_PROPERTY("集体财产借贷、租赁或处分"),
    VILLAGE_RULES("制定或修改村规民约"),
    CHARTER("制定或修改村民自治章程"),
    VITAL_INTEREST("涉及村民切身利益的其他产业、建设、治理事项"),
    GROUP_PROPERTY("属于村民小组的事项"),
    ROUTINE("日常事务"),
    EMERGENCY("应急事项");

    private final String text;

    MatterKind(String text) {
        this.text = text;
    }

    @Override
    public String text() {
        return text;
    }
}
