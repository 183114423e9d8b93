package cn.kaohe.report;

import cn.kaohe.campaign.Campaign;
import cn.kaohe.campaign.CampaignService;
import cn.kaohe.campaign.GroupRatings;
import cn.kaohe.campaign.OpenCampaign;
import cn.kaohe.org.CadreCommand;
import cn.kaohe.org.CadreService;
import cn.kaohe.org.Gender;
import cn.kaohe.org.LeadershipRole;
import cn.kaohe.org.OrgService;
import cn.kaohe.org.PostRank;
import cn.kaohe.org.StaffType;
import cn.kaohe.org.UnitKind;
import cn.kaohe.scheme.ProcessSettings;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.shared.Cycle;
import cn.kaohe.support.EngineTime;
import cn.kaohe.workflow.InboxTask;
import cn.kaohe.workflow.TaskInbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * A small township driven through the real workflow (job executor off): a township, an office with ten
 * cadres (four of them resident in a village), a deputy mayor who supervises the office, seed 003's monthly
 * scheme (拜城 A/B/C/D), campaigns opened, self-evaluated, signed off, rated by the township group, ranked,
 * approved, put on notice and finalised. Only this campaign's jobs are executed, so jobs of other tests
 * never run here.
 */
@Component
class ReportScenario {

    /** Ten cadres: name, login suffix, village resident. */
    static final List<String> NAMES = List.of("王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周强", "吴敏");

    /** The township group's scores (0–100), in the order of {@link #NAMES}. */
    static final List<Integer> MARCH_SCORES = List.of(96, 91, 88, 86, 84, 82, 80, 78, 70, 60);

    static final List<Integer> FEBRUARY_SCORES = List.of(95, 90, 87, 85, 83, 81, 79, 77, 72, 58);

    private final OrgService org;
    private final CadreService cadres;
    private final SchemeCatalog schemes;
    private final CampaignService campaigns;
    private final GroupRatings groupRatings;
    private final TaskInbox inbox;
    private final EngineTime time;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final ObjectMapper json = new ObjectMapper();

    ReportScenario(
            OrgService org,
            CadreService cadres,
            SchemeCatalog schemes,
            CampaignService campaigns,
            GroupRatings groupRatings,
            TaskInbox inbox,
            EngineTime time,
            RuntimeService runtime,
            ManagementService management) {
        this.org = org;
        this.cadres = cadres;
        this.schemes = schemes;
        this.campaigns = campaigns;
        this.groupRatings = groupRatings;
        this.inbox = inbox;
        this.time = time;
        this.runtime = runtime;
        this.management = management;
    }

    /** The people of one test township. */
    record Township(
            String name, long officeId, String leaderLogin, List<Long> cadreIds, List<String> logins, long schemeId) {}

    Township township(String tag) {
        String name = "报表" + tag + "镇";
        long township = org.createUnit("RT" + tag, name, UnitKind.TOWNSHIP, null, 0, "报表测试")
                .id();
        long office = org.createUnit("RO" + tag, name + "党政综合办", UnitKind.OFFICE, township, 1, "报表测试")
                .id();
        long village = org.createUnit("RV" + tag, name + "东风村", UnitKind.VILLAGE, township, 2, "报表测试")
                .id();
        String leaderLogin = "rl" + tag;
        long leader = cadres.create(
                        new CadreCommand(
                                "RL" + tag,
                                "孙副镇长",
                                Gender.MALE,
                                township,
                                "副镇长",
                                PostRank.DEPUTY,
                                StaffType.ESTABLISHED,
                                null,
                                LeadershipRole.DEPUTY_MAYOR,
                                leaderLogin,
                                null,
                                null),
                        "报表测试")
                .cadre()
                .id();
        cadres.supervise(leader, List.of(office), "报表测试");
        List<Long> ids = new ArrayList<>();
        List<String> logins = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            String login = "r" + tag + "c" + i;
            ids.add(cadres.create(
                            new CadreCommand(
                                    "RC" + tag + "-" + i,
                                    NAMES.get(i),
                                    i % 2 == 0 ? Gender.MALE : Gender.FEMALE,
                                    office,
                                    i == 0 ? "主任" : "干事",
                                    i == 0 ? PostRank.PRINCIPAL : PostRank.STAFF,
                                    StaffType.ESTABLISHED,
                                    i % 3 == 1 ? village : null,
                                    null,
                                    login,
                                    null,
                                    null),
                            "报表测试")
                    .cadre()
                    .id());
            logins.add(login);
        }
        long scheme = schemes.importPreset("baicheng-monthly", ProcessSettings.DEFAULT)
                .getId();
        return new Township(name, office, leaderLogin, ids, logins, scheme);
    }

    /** Opens the campaign of {@code period} (e.g. 2026-03) at {@code openAt} and drives it to the ranking. */
    Campaign ranked(Township t, String period, OffsetDateTime openAt, List<Integer> scores) {
        // seed 003 五 按季度发放: the months of a quarter are paid with the campaign that closes it (issue 13)
        int month = Integer.parseInt(period.substring(5));
        Campaign campaign = opened(t, period, period.substring(0, 4) + "-Q" + ((month - 1) / 3 + 1), openAt);
        long id = campaign.getId();
        List<GroupRatings.Entry> entries = new ArrayList<>();
        for (int i = 0; i < t.cadreIds().size(); i++) {
            entries.add(new GroupRatings.Entry(
                    t.cadreIds().get(i),
                    "TOWNSHIP_GROUP",
                    "performance",
                    BigDecimal.valueOf(scores.get(i)),
                    null,
                    null));
        }
        groupRatings.enter(id, entries, "乡镇业绩考核工作领导小组测评结果录入");
        for (int i = 0; i < t.logins().size(); i++) {
            for (InboxTask task : tasks(t.logins().get(i), Set.of(), id, "SELF_EVALUATION")) {
                inbox.complete(
                        task.id(),
                        t.logins().get(i),
                        Set.of(),
                        json.valueToTree(Map.of("summary", NAMES.get(i) + "：本月完成党政综合办各项工作，按时报送材料。")));
            }
        }
        for (InboxTask task : tasks(t.leaderLogin(), Set.of(), id, "RATING")) {
            inbox.complete(
                    task.id(),
                    t.leaderLogin(),
                    Set.of(),
                    json.valueToTree(Map.of("scores", Map.of(), "comment", "工作积极，同意小组测评意见。")));
        }
        runJobsOf(id);
        return campaigns.campaign(id);
    }

    /** Opens the campaign and its assessments (no step done yet). */
    Campaign opened(Township t, String period, OffsetDateTime openAt) {
        return opened(t, period, null, openAt);
    }

    private Campaign opened(Township t, String period, String payout, OffsetDateTime openAt) {
        time.set(openAt);
        Campaign campaign = campaigns.open(new OpenCampaign(
                        t.name() + period.replace("-0", "年").replace("-", "年") + "月考核",
                        t.officeId(),
                        Cycle.MONTHLY,
                        period,
                        t.schemeId(),
                        openAt.plusDays(4),
                        openAt.plusDays(7),
                        openAt.plusDays(9))
                .withPayoutPeriod(payout));
        runJobsOf(campaign.getId());
        return campaigns.campaign(campaign.getId());
    }

    /** The committee approves: the public notice opens. */
    Campaign approved(long campaignId) {
        for (InboxTask task : tasks("committee-member", Set.of("committee"), campaignId, "COMMITTEE_REVIEW")) {
            inbox.complete(
                    task.id(), "committee-member", Set.of("committee"), json.valueToTree(Map.of("approve", true)));
        }
        runJobsOf(campaignId);
        return campaigns.campaign(campaignId);
    }

    /** The notice ends without appeals: the campaign is finalised. */
    Campaign finalised(long campaignId) {
        Campaign campaign = campaigns.campaign(campaignId);
        time.set(campaign.getNoticeEnd().plusHours(1));
        runJobsOf(campaignId);
        return campaigns.campaign(campaignId);
    }

    private List<InboxTask> tasks(String user, Set<String> groups, long campaignId, String kind) {
        List<InboxTask> tasks = inbox.tasksOf(user, groups).stream()
                .filter(t -> Long.valueOf(campaignId).equals(t.campaignId()) && kind.equals(t.kind()))
                .toList();
        if (tasks.isEmpty()) {
            throw new IllegalStateException("No " + kind + " task of campaign " + campaignId + " for " + user);
        }
        return tasks;
    }

    /** Executes the due jobs of this campaign's processes until none is left. */
    void runJobsOf(long campaignId) {
        for (int round = 0; round < 1000; round++) {
            Set<String> mine =
                    runtime.createProcessInstanceQuery().variableValueEquals("campaignId", campaignId).list().stream()
                            .map(ProcessInstance::getId)
                            .collect(Collectors.toSet());
            List<Job> due = management.createJobQuery().executable().active().list().stream()
                    .filter(j -> mine.contains(j.getProcessInstanceId()))
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(j -> management.executeJob(j.getId()));
        }
        throw new IllegalStateException("Jobs of campaign " + campaignId + " keep coming");
    }

    void resetClock() {
        time.reset();
    }
}
