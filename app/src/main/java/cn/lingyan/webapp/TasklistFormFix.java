package cn.lingyan.webapp;

/**
 * Tasklist 7.24 decides whether a Camunda Form may be completed with {@code !!Object.keys(errors).length}.
 * form-js reports an (empty) error entry for every field inside a dynamic list, so on any form with a list
 * (一村一策 plan, monthly progress, screening) the Complete button never enables. This filter serves
 * Tasklist's bundle with that one check replaced by "is there any non-empty error", read from the webjar the
 * application ships. If a Camunda upgrade changes the bundle, the original is served and a warning logged;
 * {@code TasklistFormFixTest} fails on such an upgrade.
 */
class TasklistFormFix extends BundlePatch {

    static final String BUNDLE = "META-INF/resources/webjars/camunda/app/tasklist/camunda-tasklist-bootstrap.js";
    static final String STOCK_CHECK = "var t=!!Object.keys(e.errors).length;";
    static final String FIXED_CHECK = "var t=(function lyHasError(v){return Array.isArray(v)?v.some(lyHasError)"
            + ":(v!==null&&typeof v===\"object\")?Object.keys(v).some(function(k){return lyHasError(v[k])}):!!v})(e.errors);";

    TasklistFormFix() {
        super(BUNDLE, java.util.Map.of(STOCK_CHECK, FIXED_CHECK));
    }
}
