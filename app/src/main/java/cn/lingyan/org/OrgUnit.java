package cn.lingyan.org;

/** One county, township or village, identified by its division code. */
public record OrgUnit(String code, String name, OrgLevel level, String parentCode, String slug) {

    public String countyCode() {
        return OrgLevel.COUNTY.ancestorCode(code);
    }

    public String townshipCode() {
        return level == OrgLevel.COUNTY ? null : OrgLevel.TOWNSHIP.ancestorCode(code);
    }
}
