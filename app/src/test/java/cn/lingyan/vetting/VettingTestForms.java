package cn.lingyan.vetting;

import java.util.Map;

/** A valid nomination for tests outside the vetting package. */
public final class VettingTestForms {

    private VettingTestForms() {}

    public static Map<String, Object> villageCheck() {
        return VettingForms.villageCheck("PASS");
    }

    public static Map<String, Object> townshipReview() {
        return VettingForms.townshipReview("PASS");
    }

    public static Map<String, Object> launchAll() {
        return VettingForms.launch(java.util.Arrays.asList(VettingForms.DEPARTMENT_ROLES));
    }

    public static Map<String, Object> noHit() {
        return VettingForms.noHit();
    }

    public static Map<String, Object> nomination() {
        return VettingForms.nomination("测试人选", VettingForms.idNumber("19850312", "123"));
    }
}
