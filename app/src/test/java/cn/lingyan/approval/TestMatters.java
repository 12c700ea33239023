package cn.lingyan.approval;

import static cn.lingyan.deliberation.DeliberationForms.*;

import cn.lingyan.ProcessDriver;
import cn.lingyan.TestData;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * 四议两公开 matters (a linear process) taken to the step an approval test needs, and the demo users of 东坡村 and
 * 青山镇 who work them, plus a second clerk so the committees' tasks have two candidates.
 */
@Component
class TestMatters {

    static final String KEY = "four-deliberations-two-disclosures";
    static final String COMMITTEES = "dongpo-lw";
    static final String BRANCH = "dongpo-zb";
    static final String TOWNSHIP = "qingshan-dw";
    static final String SECOND_CLERK = "dongpo-lw2";

    private final ProcessDriver driver;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final TestData data;

    TestMatters(ProcessDriver driver, TaskService taskService, IdentityService identityService, TestData data) {
        this.driver = driver;
        this.taskService = taskService;
        this.identityService = identityService;
        this.data = data;
    }

    /** No cases or approval records left from earlier tests; the second clerk exists. */
    void reset() {
        data.reset();
        if (identityService.createUserQuery().userId(SECOND_CLERK).count() == 0) {
            User user = identityService.newUser(SECOND_CLERK);
            user.setFirstName("东坡村");
            user.setLastName("村“两委”文书");
            user.setPassword("demo");
            identityService.saveUser(user);
            identityService.createMembership(SECOND_CLERK, "990101001001-committees");
        }
    }

    /** A public-works matter (村道硬化工程) registered by the branch, waiting at the committees' joint meeting. */
    ProcessInstance registered() {
        return driver.start(KEY, BRANCH, register("PUBLIC_WORKS", false, true, false));
    }

    /** A registered matter whose joint meeting the committees claimed and completed: the party members' review is open. */
    ProcessInstance registeredAndMet() {
        ProcessInstance matter = registered();
        Task joint = driver.task(matter, "Task_ProposeAndDeliberate");
        taskService.claim(joint.getId(), COMMITTEES);
        driver.complete(joint, COMMITTEES, joint(meeting(9, 8, 7, 1, 0)));
        return matter;
    }

    /** A matter titled {@code title} taken up to the township's review of its posted resolution. */
    ProcessInstance atResolutionReview(String title) {
        ProcessInstance matter = driver.start(KEY, BRANCH, with(register("PUBLIC_WORKS", false, true, false), "matterTitle", title));
        driver.complete(matter, "Task_ProposeAndDeliberate", COMMITTEES, joint(meeting(9, 8, 7, 1, 0)));
        driver.complete(matter, "Task_PartyMembersReview", BRANCH, review(meeting(40, 30, 25, 5, 0)));
        driver.complete(matter, "Task_Resolution", COMMITTEES, resolution(meeting(600, 400, 300, 50, 50), "ADULTS"));
        driver.complete(matter, "Task_DiscloseResolution", COMMITTEES, disclosure(LocalDate.now().minusDays(7)));
        return matter;
    }

    <T> T as(String user, Supplier<T> work) {
        return data.as(user, work);
    }

    /** Runs an operation that answers nothing as {@code user}. */
    void act(String user, Runnable work) {
        data.as(user, () -> {
            work.run();
            return null;
        });
    }

    void signOut() {
        data.actAsSystem();
    }
}
