package cn.lingyan.deliberation;

import static cn.lingyan.FormRefusals.assertRefusedByForm;
import static cn.lingyan.deliberation.DeliberationForms.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.lingyan.ProcessDriver;
import cn.lingyan.ProcessTest;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.OutOfScopeException;
import cn.lingyan.system.ProcessKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of four-deliberations-two-disclosures on the real engine, as the demo village and township users. */
@ProcessTest(ProcessKeys.FOUR_DELIBERATIONS_TWO_DISCLOSURES)
class DeliberationProcessTest {

    static final String KEY = "four-deliberations-two-disclosures";
    static final String BRANCH = "dongpo-zb";
    static final String COMMITTEES = "dongpo-lw";
    static final String SUPERVISION = "dongpo-jd";
    static final String TOWNSHIP = "qingshan-dw";

    @Autowired RuntimeService runtimeService;
    @Autowired RepositoryService repositoryService;
    @Autowired ProcessDriver driver;
    @Autowired DecisionRegister register;
    @Autowired JdbcTemplate jdbc;

    @Test
    void mergedMatterPassesEveryMeetingAndBothDisclosures() {
        ProcessInstance instance = registerMatter(register("PUBLIC_WORKS", false, true, false));
        assertThat(instance).hasPassed("Task_DecideScope", "Task_DecidePath").isWaitingAt("Task_ProposeAndDeliberate");
        assertThat(runtimeService.getVariable(instance.getId(), "resolvingBodyText")).isEqualTo("村民会议");
        throughResolution(instance, "ADULTS");
        disclosedAndSupervised(instance);

        assertThat(instance).isEnded().hasPassed("Event_Completed");
        MatterRow matter = matterOf(instance);
        assertThat(matter.outcome()).isEqualTo("COMPLETED");
        assertThat(matter.merged()).isTrue();
        assertThat(matter.resolvingBody()).isEqualTo("VILLAGERS_ASSEMBLY");
        assertThat(matter.amount()).isEqualByComparingTo("360000.50");
        assertThat(register.findMeetings(matter.id())).extracting(MeetingRow::step)
                .containsExactly("JOINT", "PARTY_MEMBERS", "RESOLUTION");
        assertThat(register.findMeetings(matter.id())).allMatch(MeetingRow::passed);
        assertThat(register.findDisclosures(matter.id())).extracting(DisclosureRow::kind, DisclosureRow::reviewOutcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RESOLUTION", "CONFIRMED"),
                        org.assertj.core.groups.Tuple.tuple("RESULTS", "CONFIRMED"));
        assertThat(register.findSupervisions(matter.id())).singleElement().satisfies(s -> assertThat(s.opinion()).isEqualTo("NORMAL"));
        assertThat(matter.businessKey()).isEqualTo(DONGPO + "-" + LocalDate.now().getYear() + "-matter-" + matter.id());
    }

    @Test
    void whereOnlyOneShoulderMergesTheProposalIsMadeAndDeliberatedSeparately() throws IOException {
        // a policy owner adopting [P:L-4Y]: merge only when the secretary also heads the villagers' committee
        Deployment variant = deployPathVariant();
        try {
            ProcessInstance instance = registerMatter(register("COLLECTIVE_INCOME", false, false, false));
            assertThat(instance).isWaitingAt("Task_Propose");
            driver.complete(instance, "Task_Propose", BRANCH, proposal(meeting(5, 5, 4, 1, 0)));
            driver.complete(instance, "Task_Deliberate", COMMITTEES, deliberation(meeting(9, 8, 6, 1, 1)));
            assertThat(instance).isWaitingAt("Task_PartyMembersReview");
            assertThat(matterOf(instance).merged()).isFalse();
            assertThat(register.findMeetings(matterOf(instance).id())).extracting(MeetingRow::body)
                    .containsExactly("PARTY_COMMITTEE", "TWO_COMMITTEES");

            ProcessInstance unproposed = registerMatter(with(register("COLLECTIVE_INCOME", false, false, false),
                    "matterTitle", "出租村集体仓库"));
            driver.complete(unproposed, "Task_Propose", BRANCH, proposal(meeting(5, 5, 2, 3, 0)));
            assertThat(unproposed).isEnded().hasPassed("Event_NotProposed");
            assertThat(matterOf(unproposed).outcome()).isEqualTo("NOT_PROPOSED");

            ProcessInstance revised = registerMatter(with(register("COLLECTIVE_INCOME", false, false, false),
                    "matterTitle", "集体收益分配"));
            driver.complete(revised, "Task_Propose", BRANCH, proposal(meeting(5, 2, 2, 0, 0)));
            assertThat(revised).isWaitingAt("Task_Propose");
            driver.complete(revised, "Task_Propose", BRANCH, proposal(meeting(5, 5, 5, 0, 0)));
            driver.complete(revised, "Task_Deliberate", COMMITTEES, deliberation(meeting(9, 9, 3, 6, 0)));
            driver.complete(revised, "Task_AfterRejection", COMMITTEES, Map.of("afterRejection", "REVISE",
                    "afterRejectionNote", "调整分配比例"));
            assertThat(revised).isWaitingAt("Task_Deliberate");
            driver.complete(revised, "Task_Deliberate", COMMITTEES, deliberation(meeting(9, 4, 4, 0, 0)));
            assertThat(revised).isWaitingAt("Task_Deliberate");
            driver.complete(revised, "Task_Deliberate", COMMITTEES, deliberation(meeting(9, 9, 7, 2, 0)));
            assertThat(revised).hasPassed("Gateway_ToDeliberation").isWaitingAt("Task_PartyMembersReview");
            assertThat(register.findMeetings(matterOf(revised).id())).extracting(MeetingRow::quorumMet, MeetingRow::passed)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(false, false), org.assertj.core.groups.Tuple.tuple(true, true),
                            org.assertj.core.groups.Tuple.tuple(true, false), org.assertj.core.groups.Tuple.tuple(false, false),
                            org.assertj.core.groups.Tuple.tuple(true, true));
        } finally {
            repositoryService.deleteDeployment(variant.getId(), true);
        }
    }

    @Test
    void complexMatterIsConsultedAndReviewedForLegalityFirst() {
        ProcessInstance instance = registerMatter(register("LAND_COMPENSATION", true, true, false));
        assertThat(instance).isWaitingAt("Task_PreConsultation");
        driver.complete(instance, "Task_PreConsultation", BRANCH, preConsultation("PASS"));
        assertThat(instance).isWaitingAt("Task_ProposeAndDeliberate");
        assertThat(matterOf(instance).preConsulted()).isTrue();

        ProcessInstance unlawful = registerMatter(with(register("LAND_COMPENSATION", true, true, false), "matterTitle", "征地补偿再分配"));
        driver.complete(unlawful, "Task_PreConsultation", BRANCH, preConsultation("FAIL"));
        assertThat(unlawful).isEnded().hasPassed("Event_LegalReviewFailed");
        assertThat(matterOf(unlawful).outcomeNote()).contains("外嫁女");
    }

    @Test
    void quorumFailureReschedulesTheSameMeetingWithANotice() {
        ProcessInstance instance = registerMatter(register("PUBLIC_WORKS", false, true, false));
        driver.complete(instance, "Task_ProposeAndDeliberate", COMMITTEES, joint(meeting(9, 8, 7, 1, 0)));
        driver.complete(instance, "Task_PartyMembersReview", BRANCH, review(meeting(40, 19, 19, 0, 0)));

        assertThat(instance).isWaitingAt("Task_PartyMembersReview");
        assertThat((String) runtimeService.getVariable(instance.getId(), "rescheduleNotice")).contains("应到40人，实到19人")
                .contains("重新通知");
        assertThat(runtimeService.getVariable(instance.getId(), "dueCount")).as("the next meeting starts from an empty record").isNull();
        driver.complete(instance, "Task_PartyMembersReview", BRANCH, review(meeting(40, 21, 21, 0, 0)));
        assertThat(instance).isWaitingAt("Task_Resolution");
        assertThat(runtimeService.getVariable(instance.getId(), "rescheduleNotice")).isEqualTo("");
        assertThat(register.findMeetings(matterOf(instance).id())).extracting(MeetingRow::quorumMet).containsExactly(true, false, true);
    }

    @Test
    void jointMeetingMayLackAQuorumOrRejectTheProposal() {
        ProcessInstance instance = registerMatter(register("PUBLIC_WORKS", false, true, false));
        // 4 of 9 is less than half
        driver.complete(instance, "Task_ProposeAndDeliberate", COMMITTEES, joint(meeting(9, 4, 4, 0, 0)));
        assertThat(instance).isWaitingAt("Task_ProposeAndDeliberate");
        // 5 of 9 make the quorum; 4 yes is not more than half of the 9 members
        driver.complete(instance, "Task_ProposeAndDeliberate", COMMITTEES, joint(meeting(9, 5, 4, 1, 0)));
        assertThat(instance).isWaitingAt("Task_AfterRejection");
        assertThat(runtimeService.getVariable(instance.getId(), "rejectedAt")).isEqualTo("提议和商议");
        assertThat(register.findMeetings(matterOf(instance).id())).extracting(MeetingRow::quorumMet, MeetingRow::passed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(false, false), org.assertj.core.groups.Tuple.tuple(true, false));
    }

    @Test
    void partyMembersPassOnlyWithMoreThanHalfOfThoseDueNotOfThosePresent() {
        ProcessInstance instance = registerMatter(register("PUBLIC_WORKS", false, true, false));
        driver.complete(instance, "Task_ProposeAndDeliberate", COMMITTEES, joint(meeting(9, 8, 7, 1, 0)));
        // 20 present of 40: 15 yes is most of those present, but not more than half of the 40 due
        driver.complete(instance, "Task_PartyMembersReview", BRANCH, review(meeting(40, 20, 15, 2, 3)));
        assertThat(instance).isWaitingAt("Task_AfterRejection");
        assertThat(runtimeService.getVariable(instance.getId(), "rejectedAt")).isEqualTo("党员大会审议");
        driver.complete(instance, "Task_AfterRejection", COMMITTEES, Map.of("afterRejection", "REVISE", "afterRejectionNote", "压缩预算"));
        assertThat(instance).hasPassed("Gateway_ToDeliberation").isWaitingAt("Task_ProposeAndDeliberate");
        assertThat((String) runtimeService.getVariable(instance.getId(), "revisionNote")).contains("党员大会审议未通过").contains("压缩预算");
    }

    @Test
    void rejectionAtTheResolutionMayWithdrawAndTheTitleThenCoolsOff() {
        ProcessInstance instance = registerMatter(register("PUBLIC_WORKS", false, true, false));
        driver.complete(instance, "Task_ProposeAndDeliberate", COMMITTEES, joint(meeting(9, 8, 7, 1, 0)));
        driver.complete(instance, "Task_PartyMembersReview", BRANCH, review(meeting(40, 30, 25, 5, 0)));
        // villagers' assembly by adults: 301 of 600 present, 150 yes is not more than half of those present
        driver.complete(instance, "Task_Resolution", COMMITTEES, resolution(meeting(600, 301, 150, 100, 51), "ADULTS"));
        assertThat(instance).isWaitingAt("Task_AfterRejection");
        driver.complete(instance, "Task_AfterRejection", COMMITTEES, Map.of("afterRejection", "WITHDRAW", "afterRejectionNote", "群众意见分歧较大，暂缓实施"));

        assertThat(instance).isEnded().hasPassed("Task_AfterRejection", "Event_Withdrawn");
        assertThat(matterOf(instance).outcome()).isEqualTo("WITHDRAWN");
        assertThatThrownBy(() -> registerMatter(register("PUBLIC_WORKS", false, true, false)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20015").hasMessageContaining("村道硬化工程");
    }

    @Test
    void delegatedMattersGoToTheRepresentativesWhoNeedTwoThirdsPresent() {
        ProcessInstance instance = registerMatter(register("HOMESTEAD", false, true, true));
        assertThat(runtimeService.getVariable(instance.getId(), "resolvingBody")).isEqualTo("REPRESENTATIVES_ASSEMBLY");
        driver.complete(instance, "Task_ProposeAndDeliberate", COMMITTEES, joint(meeting(9, 8, 7, 1, 0)));
        driver.complete(instance, "Task_PartyMembersReview", BRANCH, review(meeting(40, 30, 25, 5, 0)));
        driver.complete(instance, "Task_Resolution", COMMITTEES, resolution(meeting(31, 20, 20, 0, 0), null));
        assertThat(instance).isWaitingAt("Task_Resolution");
        assertThat(register.findMeetings(matterOf(instance).id())).extracting(MeetingRow::quorumMet).endsWith(false);
        driver.complete(instance, "Task_Resolution", COMMITTEES, resolution(meeting(31, 21, 11, 6, 4), null));
        assertThat(instance).isWaitingAt("Task_DiscloseResolution");
    }

    @Test
    void villageRulesStayWithTheAssemblyEvenWhenDelegated() {
        ProcessInstance instance = registerMatter(register("VILLAGE_RULES", false, true, true));
        assertThat(runtimeService.getVariable(instance.getId(), "resolvingBody")).isEqualTo("VILLAGERS_ASSEMBLY");
        driver.complete(instance, "Task_ProposeAndDeliberate", COMMITTEES, joint(meeting(9, 8, 7, 1, 0)));
        driver.complete(instance, "Task_PartyMembersReview", BRANCH, review(meeting(40, 30, 25, 5, 0)));
        // by household representatives: two thirds of 300 households is 200
        driver.complete(instance, "Task_Resolution", COMMITTEES, resolution(meeting(300, 199, 150, 0, 0), "HOUSEHOLDS"));
        assertThat(instance).isWaitingAt("Task_Resolution");
        driver.complete(instance, "Task_Resolution", COMMITTEES, resolution(meeting(300, 200, 150, 0, 0), "HOUSEHOLDS"));
        assertThat(instance).isWaitingAt("Task_DiscloseResolution");
    }

    @Test
    void routineAndGroupMattersAreOnlyRecorded() {
        ProcessInstance routine = registerMatter(register("ROUTINE", false, true, false));
        assertThat(routine).isEnded().hasPassed("Event_RecordedOnly");
        assertThat(matterOf(routine).outcome()).isEqualTo("RECORDED_ONLY");
        ProcessInstance group = registerMatter(with(register("GROUP_PROPERTY", false, true, false), "matterTitle", "三组鱼塘发包"));
        assertThat(group).isEnded().hasPassed("Event_RecordedOnly");
        assertThat(matterOf(group).outcomeNote()).contains("村民小组会议");
        assertThat(matterOf(group).resolvingBody()).isEqualTo("GROUP_MEETING");
    }

    @Test
    void complaintsDuringThePostingsAreDecidedByTheTownship() {
        ProcessInstance instance = registerMatter(register("PUBLIC_WORKS", false, true, false));
        throughResolution(instance, "ADULTS");
        assertThatThrownBy(() -> driver.complete(instance, "Task_DiscloseResolution", COMMITTEES, disclosure(LocalDate.now().minusDays(31))))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("早于30天前");
        driver.complete(instance, "Task_DiscloseResolution", COMMITTEES, disclosure(LocalDate.now()));
        assertThat(driver.task(instance, "Task_ReviewResolutionPosting").getDueDate()).isNotNull();
        assertThatThrownBy(() -> driver.complete(instance, "Task_ReviewResolutionPosting", TOWNSHIP, postingReview("CONFIRMED")))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("期满后方可确认");
        // dismissed: the posting goes on and the township reviews it again
        driver.complete(instance, "Task_ReviewResolutionPosting", TOWNSHIP, postingReview("COMPLAINT_DISMISSED"));
        assertThat(instance).isWaitingAt("Task_ReviewResolutionPosting");
        // upheld: post it again, properly
        driver.complete(instance, "Task_ReviewResolutionPosting", TOWNSHIP, postingReview("REDISCLOSE"));
        assertThat(instance).isWaitingAt("Task_DiscloseResolution");
        assertThat((String) runtimeService.getVariable(instance.getId(), "correctionNote")).contains("缺少资金明细");
        driver.complete(instance, "Task_DiscloseResolution", COMMITTEES, disclosure(LocalDate.now().minusDays(7)));
        // upheld against the decision itself: back to deliberation (VCL §27)
        driver.complete(instance, "Task_ReviewResolutionPosting", TOWNSHIP, postingReview("RECONSIDER"));
        assertThat(instance).hasPassed("Gateway_ToDeliberation").isWaitingAt("Task_ProposeAndDeliberate");
        throughResolution(instance, "ADULTS");
        driver.complete(instance, "Task_DiscloseResolution", COMMITTEES, disclosure(LocalDate.now().minusDays(7)));
        driver.complete(instance, "Task_ReviewResolutionPosting", TOWNSHIP, postingReview("CONFIRMED"));
        driver.complete(instance, "Task_SuperviseImplementation", SUPERVISION, supervision());
        driver.complete(instance, "Task_DiscloseResults", COMMITTEES, results(LocalDate.now().minusDays(7)));
        driver.complete(instance, "Task_ReviewResultsPosting", TOWNSHIP, postingReview("COMPLAINT_DISMISSED"));
        driver.complete(instance, "Task_ReviewResultsPosting", TOWNSHIP, postingReview("REDISCLOSE"));
        driver.complete(instance, "Task_DiscloseResults", COMMITTEES, results(LocalDate.now().minusDays(8)));
        driver.complete(instance, "Task_ReviewResultsPosting", TOWNSHIP, postingReview("CONFIRMED"));

        assertThat(instance).isEnded().hasPassed("Event_Completed");
        MatterRow matter = matterOf(instance);
        assertThat(register.findComplaints(matter.id())).extracting(ComplaintRow::decision).containsExactly("COMPLAINT_DISMISSED",
                "REDISCLOSE", "RECONSIDER", "COMPLAINT_DISMISSED", "REDISCLOSE");
        assertThat(register.findDisclosures(matter.id())).hasSize(5);
    }

    @Test
    void badMeetingRecordsAreRefusedAndLeaveNothingBehind() {
        ProcessInstance instance = registerMatter(register("PUBLIC_WORKS", false, true, false));
        assertMeetingRefused(instance, joint(meeting(9, 10, 7, 1, 0)), "实到人数10多于应到人数9");
        assertMeetingRefused(instance, joint(meeting(9, 8, 7, 1, 1)), "合计9多于实到人数8");
        assertMeetingRefused(instance, joint(meeting(9, 8, -1, 1, 0)), "赞成");
        assertMeetingRefused(instance, joint(with(meeting(9, 8, 7, 1, 0), "meetingDate", LocalDate.now().plusDays(1).toString())),
                "晚于今天");
        assertMeetingRefused(instance, joint(with(meeting(9, 8, 7, 1, 0), "noticeDate", LocalDate.now().toString())), "通知日期");
        driver.complete(instance, "Task_ProposeAndDeliberate", COMMITTEES, joint(meeting(9, 8, 7, 1, 0)));
        // the members get the draft 3 days ahead; the villagers 10 days' notice
        assertMeetingRefused(instance, "Task_PartyMembersReview", BRANCH, review(with(meeting(40, 30, 25, 5, 0), "noticeDate",
                LocalDate.now().minusDays(3).toString())), "至少提前3天");
        driver.complete(instance, "Task_PartyMembersReview", BRANCH, review(meeting(40, 30, 25, 5, 0)));
        assertMeetingRefused(instance, "Task_Resolution", COMMITTEES, resolution(with(meeting(600, 400, 300, 0, 0), "noticeDate",
                LocalDate.now().minusDays(10).toString()), "ADULTS"), "至少提前10天");
        assertMeetingRefused(instance, "Task_Resolution", COMMITTEES, resolution(meeting(600, 400, 300, 0, 0), null), "到会基数");

        assertThat(register.findMeetings(matterOf(instance).id())).hasSize(2);
        assertThat(instance).isWaitingAt("Task_Resolution");
    }

    @Test
    void registrationsTheFormRefusesRegisterNothing() {
        assertRefusedByForm(() -> registerMatter(register("FESTIVAL", false, true, false)), "「事项类别」的选项“FESTIVAL”无效");
        assertRefusedByForm(() -> registerMatter(with(register("PUBLIC_WORKS", false, true, false), "matterSource", "RUMOUR")),
                "「事项来源」的选项“RUMOUR”无效");
        assertRefusedByForm(() -> registerMatter(with(register("PUBLIC_WORKS", false, true, false), "matterTitle", null,
                "matterDescription", " ")), "「事项名称」为必填项", "「事项内容」为必填项");
        assertRefusedByForm(() -> registerMatter(with(register("PUBLIC_WORKS", false, true, false), "matterTitle", "路".repeat(101))),
                "「事项名称」不能超过100个字");

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ly_matter", Integer.class)).isZero();
    }

    @Test
    void stepsTheFormRefusesLeaveTheRegisterAsItWas() {
        ProcessInstance instance = registerMatter(register("LAND_COMPENSATION", true, true, false));
        assertFormRefused(instance, "Task_PreConsultation", BRANCH, with(preConsultation("PASS"), "legalReviewResult", "UNSURE"),
                "「合法性审查结论」的选项“UNSURE”无效");
        assertFormRefused(instance, "Task_PreConsultation", BRANCH, with(preConsultation("PASS"), "assessmentOpinion", null),
                "「咨询评估意见」为必填项");
        driver.complete(instance, "Task_PreConsultation", BRANCH, preConsultation("PASS"));

        assertFormRefused(instance, "Task_ProposeAndDeliberate", COMMITTEES, joint(meeting(0, 0, 0, 0, 0)), "「应到人数」不能小于1");
        assertFormRefused(instance, "Task_ProposeAndDeliberate", COMMITTEES, joint(with(meeting(9, 8, 7, 1, 0), "presentCount", 7.5)),
                "「实到人数」必须是整数");
        assertFormRefused(instance, "Task_ProposeAndDeliberate", COMMITTEES, joint(meeting(200_000, 8, 7, 1, 0)),
                "「应到人数」不能大于100000");
        assertFormRefused(instance, "Task_ProposeAndDeliberate", COMMITTEES, joint(with(meeting(9, 8, 7, 1, 0), "noCount", null)),
                "「反对人数」为必填项");
        assertFormRefused(instance, "Task_ProposeAndDeliberate", COMMITTEES, with(joint(meeting(9, 8, 7, 1, 0)), "minutes", null,
                "proposalText", null, "deliberationText", " "), "「会议纪要」为必填项", "「提议内容」为必填项", "「商议形成的方案」为必填项");
        driver.complete(instance, "Task_ProposeAndDeliberate", COMMITTEES, joint(meeting(9, 5, 4, 1, 0)));
        assertFormRefused(instance, "Task_AfterRejection", COMMITTEES, Map.of("afterRejection", "IGNORE", "afterRejectionNote", "x"),
                "「处理方式」的选项“IGNORE”无效");
        assertFormRefused(instance, "Task_AfterRejection", COMMITTEES, Map.of("afterRejection", "REVISE"), "「处理意见」为必填项");
        driver.complete(instance, "Task_AfterRejection", COMMITTEES, Map.of("afterRejection", "REVISE", "afterRejectionNote", "调整方案"));
        driver.complete(instance, "Task_ProposeAndDeliberate", COMMITTEES, joint(meeting(9, 8, 7, 1, 0)));
        assertFormRefused(instance, "Task_PartyMembersReview", BRANCH, with(review(meeting(40, 30, 25, 5, 0)), "reviewOpinion", null),
                "「审议意见」为必填项");
        driver.complete(instance, "Task_PartyMembersReview", BRANCH, review(meeting(40, 30, 25, 5, 0)));
        assertFormRefused(instance, "Task_Resolution", COMMITTEES, resolution(meeting(600, 400, 300, 0, 0), "EVERYONE"),
                "「到会基数」的选项“EVERYONE”无效");
        assertFormRefused(instance, "Task_Resolution", COMMITTEES, with(resolution(meeting(600, 400, 300, 0, 0), "ADULTS"),
                "resolutionText", null), "「决议内容」为必填项");
        driver.complete(instance, "Task_Resolution", COMMITTEES, resolution(meeting(600, 400, 300, 0, 0), "ADULTS"));

        assertFormRefused(instance, "Task_DiscloseResolution", COMMITTEES, with(disclosure(LocalDate.now().minusDays(7)),
                "disclosureContent", null, "disclosurePlace", "", "disclosureEvidence", null),
                "「公开内容」为必填项", "「公开地点或平台」为必填项", "「公开照片或文件编号」为必填项");
        driver.complete(instance, "Task_DiscloseResolution", COMMITTEES, disclosure(LocalDate.now().minusDays(7)));
        assertFormRefused(instance, "Task_ReviewResolutionPosting", TOWNSHIP, postingReview("IGNORED"), "「审核结论」的选项“IGNORED”无效");
        assertFormRefused(instance, "Task_ReviewResolutionPosting", TOWNSHIP, with(postingReview("COMPLAINT_DISMISSED"),
                "complaintContent", null), "「投诉或问题内容」为必填项");
        assertFormRefused(instance, "Task_ReviewResolutionPosting", TOWNSHIP, with(postingReview("CONFIRMED"), "reviewNote", " "),
                "「审核意见」为必填项");
        driver.complete(instance, "Task_ReviewResolutionPosting", TOWNSHIP, postingReview("CONFIRMED"));
        assertFormRefused(instance, "Task_SuperviseImplementation", SUPERVISION, with(supervision(), "supervisionOpinion", "FINE",
                "implementationSummary", null, "supervisionFindings", null), "「监督结论」的选项“FINE”无效", "「实施情况」为必填项",
                "「监督意见及发现的问题」为必填项");
        driver.complete(instance, "Task_SuperviseImplementation", SUPERVISION, supervision());
        assertFormRefused(instance, "Task_DiscloseResults", COMMITTEES, with(results(LocalDate.now().minusDays(7)), "resultsContent", null),
                "「公开内容」为必填项");
        driver.complete(instance, "Task_DiscloseResults", COMMITTEES, results(LocalDate.now().minusDays(7)));
        // the results posting can no longer send the decision back
        assertFormRefused(instance, "Task_ReviewResultsPosting", TOWNSHIP, postingReview("RECONSIDER"), "「审核结论」的选项“RECONSIDER”无效");
        driver.complete(instance, "Task_ReviewResultsPosting", TOWNSHIP, postingReview("CONFIRMED"));

        assertThat(instance).isEnded().hasPassed("Event_Completed");
        long id = matterOf(instance).id();
        assertThat(register.findMeetings(id)).hasSize(4);
        assertThat(register.findDisclosures(id)).hasSize(2);
        assertThat(register.findComplaints(id)).isEmpty();
        assertThat(register.findSupervisions(id)).hasSize(1);
        assertThat(register.findEvents(id)).extracting(MatterEventRow::kind).containsSubsequence("PRE_CONSULTATION", "JOINT_REJECTED",
                "REVISED", "JOINT_PASSED", "PARTY_MEMBERS_PASSED", "RESOLUTION_PASSED", "RESOLUTION_POSTED", "RESOLUTION_CONFIRMED",
                "SUPERVISED", "RESULTS_POSTED", "RESULTS_CONFIRMED", "COMPLETED");
    }

    @Test
    void onlyTheVillageItselfRegistersItsMatters() {
        assertThatThrownBy(() -> driver.start(KEY, "xinghua-zb", register("PUBLIC_WORKS", false, true, false)))
                .isInstanceOf(OutOfScopeException.class);
        // the township watches its villages' matters but does not register them
        assertThatThrownBy(() -> driver.start(KEY, TOWNSHIP, register("PUBLIC_WORKS", false, true, false)))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ly_matter", Integer.class)).isZero();
    }

    // ---------------------------------------------------------------- helpers

    ProcessInstance registerMatter(Map<String, Object> values) {
        return driver.start(KEY, BRANCH, values);
    }

    void throughResolution(ProcessInstance instance, String quorumBasis) {
        driver.complete(instance, "Task_ProposeAndDeliberate", COMMITTEES, joint(meeting(9, 8, 7, 1, 0)));
        driver.complete(instance, "Task_PartyMembersReview", BRANCH, review(meeting(40, 30, 25, 5, 0)));
        driver.complete(instance, "Task_Resolution", COMMITTEES, resolution(meeting(600, 400, 300, 50, 50), quorumBasis));
    }

    void disclosedAndSupervised(ProcessInstance instance) {
        driver.complete(instance, "Task_DiscloseResolution", COMMITTEES, disclosure(LocalDate.now().minusDays(7)));
        driver.complete(instance, "Task_ReviewResolutionPosting", TOWNSHIP, postingReview("CONFIRMED"));
        driver.complete(instance, "Task_SuperviseImplementation", SUPERVISION, supervision());
        driver.complete(instance, "Task_DiscloseResults", COMMITTEES, results(LocalDate.now().minusDays(7)));
        driver.complete(instance, "Task_ReviewResultsPosting", TOWNSHIP, postingReview("CONFIRMED"));
    }

    static Map<String, Object> preConsultation(String legal) {
        return Map.of("consultationSummary", "入户征求意见126户", "legalReviewResult", legal, "legalReviewOpinion",
                "PASS".equals(legal) ? "符合土地管理法" : "方案剥夺外嫁女分配权，违反妇女权益保障法", "assessmentOpinion", "方案可行");
    }

    /** The form refuses the submission: the task stays open and the matter's register rows stay as they were. */
    void assertFormRefused(ProcessInstance instance, String taskKey, String user, Map<String, Object> values, String... fragments) {
        long id = matterOf(instance).id();
        List<Object> before = registerOf(id);
        assertRefusedByForm(() -> driver.complete(instance, taskKey, user, values), fragments);
        assertThat(registerOf(id)).isEqualTo(before);
        assertThat(instance).isWaitingAt(taskKey);
    }

    List<Object> registerOf(long id) {
        return List.of(register.findMatter(id), register.findMeetings(id), register.findDisclosures(id), register.findComplaints(id),
                register.findSupervisions(id), register.findEvents(id));
    }

    void assertMeetingRefused(ProcessInstance instance, Map<String, Object> values, String message) {
        assertMeetingRefused(instance, "Task_ProposeAndDeliberate", COMMITTEES, values, message);
    }

    void assertMeetingRefused(ProcessInstance instance, String taskKey, String user, Map<String, Object> values, String message) {
        assertThatThrownBy(() -> driver.complete(instance, taskKey, user, values))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining(message);
        assertThat(instance).isWaitingAt(taskKey);
    }

    Deployment deployPathVariant() throws IOException {
        String xml = Files.readString(Path.of("processes/deliberation/deliberation-path.dmn"));
        String variant = xml.replaceAll("(<outputEntry id=\"[^\"]*-out1\">\\s*<text>)true(</text>)", "$1secretaryHeadsCommittee$2");
        assertThat(variant).as("the variant changes the merge output").isNotEqualTo(xml);
        return repositoryService.createDeployment().name("L-4Y path").addString("deliberation-path.dmn", variant).deploy();
    }

    MatterRow matterOf(ProcessInstance instance) {
        return register.findMatterByInstance(instance.getId());
    }
}
