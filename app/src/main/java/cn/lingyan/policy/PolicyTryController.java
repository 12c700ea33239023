package cn.lingyan.policy;

import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 规则与流程管理, trying a draft table before deploying it: 试算 (preview: the draft on inputs the user types) and
 * 回放 (replay: the draft on the real inputs of the county's past evaluations). Neither deploys or changes anything.
 */
@RestController
@RequestMapping("/api/policy")
class PolicyTryController {

    private final PolicyPreview preview;
    private final PolicyReplay replay;

    PolicyTryController(PolicyPreview preview, PolicyReplay replay) {
        this.preview = preview;
        this.replay = replay;
    }

    /** {@code inputs}: input name (the variable an input reads, e.g. "score") → value as typed. */
    record PreviewBody(String decisionKey, String text, Map<String, Object> inputs) {}

    /** {@code months}: how far back (default 12); {@code county}: blank for the caller's own. */
    record ReplayBody(String decisionKey, String text, Integer months, String county) {}

    @PostMapping("/preview")
    PolicyPreview.Preview preview(@RequestBody PreviewBody body) {
        return preview.evaluate(body == null ? null : body.text(), body == null ? null : body.decisionKey(),
                body == null ? null : body.inputs());
    }

    @PostMapping("/replay")
    ReplayReport replay(@RequestBody ReplayBody body) {
        return replay.replay(body == null ? null : body.county(), body == null ? null : body.text(),
                body == null ? null : body.decisionKey(), body == null || body.months() == null ? 0 : body.months());
    }
}
