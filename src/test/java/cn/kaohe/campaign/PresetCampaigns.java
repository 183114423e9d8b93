package cn.kaohe.campaign;

import cn.kaohe.ledger.LedgerService;
import cn.kaohe.ledger.RecordFact;
import cn.kaohe.org.CadreCommand;
import cn.kaohe.org.CadreService;
import cn.kaohe.org.DemoTownship;
import cn.kaohe.org.Gender;
import cn.kaohe.org.LeadershipRole;
import cn.kaohe.org.OrgService;
import cn.kaohe.org.PostRank;
import cn.kaohe.org.StaffType;
import cn.kaohe.org.UnitKind;
import cn.kaohe.scheme.ProcessSettings;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scheme.SchemeDocuments;
import cn.kaohe.scheme.SchemePresets;
import cn.kaohe.scoring.ScoringInput;
import cn.kaohe.scoring.model.Category;
import cn.kaohe.scoring.model.CategorySource;
import cn.kaohe.scoring.model.FactRule;
import cn.kaohe.scoring.model.PayMode;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.scoring.model.SubjectKind;
import cn.kaohe.scoring.model.Valuation;
import cn.kaohe.shared.Cycle;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.TestUsers;
import cn.kaohe.target.CheckResult;
import cn.kaohe.target.Target;
import cn.kaohe.target.TargetKind;
import cn.kaohe.target.TargetRules;
import cn.kaohe.target.TargetService;
import cn.kaohe.workflow.InboxTask;
import cn.kaohe.workflow.TaskInbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * (Issue 13) Runs a worked example of any preset as a real campaign of its own small township, through every step the
 * scheme has: open → self-evaluation (with self scores where the scheme asks for them) → the office's group ratings and
 * village grades → the online rating sheets (班子成员、部门负责人、村书记、领导小组) → the supervising leader's rating →
 * ranking → committee approval → public notice → finalised. Then it asks the engine's preview ({@code POST
 * /api/schemes/preview}) to score the input the campaign gave the engine, so a test can compare the two to the yuan.
 *
 * <p>The township: three offices (党政办、经发办、安办), each with a head (主要负责人), a deputy and a clerk; a village with
 * its secretary; a deputy mayor supervising the three offices. Cadre schemes assess 党政办 (its clerk lives in the
 * village, 驻村); unit schemes assess the three offices. Figures are made up, distinct per person and part.
 */
@Component
class PresetCampaigns {

    /** Where the worked examples of all presets run: after the shipped calendar's spring festival, in 2026. */
    static final OffsetDateTime FIRST_OPENING = EngineTime.at("2026-03-02T09:00");

    private final OrgService org;
    private final CadreService cadres;
    private final DemoTownship demo;
    private final SchemeCatalog schemes;
    private final SchemeAdapter schemeAdapter;
    private final CampaignService campaigns;
    private final GroupRatings groupRatings;
    private final RaterSheets raterSheets;
    private final LedgerService ledger;
    private final EngineScorer engineScorer;
    private final TaskInbox inbox;
    private final LiveTownship live;
    private final TestUsers users;
    private final EngineTime time;
    private final TargetService targets;
    private final ObjectMapper json = new ObjectMapper();

    PresetCampaigns(
            OrgService org,
            CadreService cadres,
            DemoTownship demo,
            SchemeCatalog schemes,
            SchemeAdapter schemeAdapter,
            CampaignService campaigns,
            GroupRatings groupRatings,
            RaterSheets raterSheets,
            LedgerService ledger,
            EngineScorer engineScorer,
            TaskInbox inbox,
            LiveTownship live,
            TestUsers users,
            EngineTime time,
            TargetService targets) {
        this.org = org;
        this.cadres = cadres;
        this.demo = demo;
        this.schemes = schemes;
        this.schemeAdapter = schemeAdapter;
        this.campaigns = campaigns;
        this.groupRatings = groupRatings;
        this.raterSheets = raterSheets;
        this.ledger = ledger;
        this.engineScorer = engineScorer;
        this.inbox = inbox;
        this.live = live;
        this.users = users;
        this.time = time;
        this.targets = targets;
    }

    /** A test township: the assessed unit (cadre schemes) or the township (unit schemes). */
    record Township(String tag, long townshipId, long officeId, List<Long> officeIds, String leaderLogin) {}

    /** A finalised campaign, the results it stored and the preview of the same input. */
    record Run(
            Campaign campaign, SchemeVersion scheme, List<Assessment> results, ScoringInput input, JsonNode preview) {}

    /** Builds a township of its own for {@code tag} (a few letters, unique per test). */
    Township township(String tag) {
        demo.load(); // the committee (领导小组) whose members fill the online sheets
        String reason = "预设方案实考测试";
        long township = org.createUnit("PT" + tag, "预设" + tag + "镇", UnitKind.TOWNSHIP, null, 0, reason)
                .id();
        long village = org.createUnit("PV" + tag, "预设" + tag + "镇山门口村", UnitKind.VILLAGE, township, 9, reason)
                .id();
        cadre(tag, "V", "山门口村支书", village, PostRank.PRINCIPAL, null, null);
        List<Long> offices = new ArrayList<>();
        String[] names = {"党政办", "经发办", "安办"};
        for (int o = 0; o < names.length; o++) {
            long office = org.createUnit(
                            "PO" + tag + o, "预设" + tag + "镇" + names[o], UnitKind.OFFICE, township, o + 1, reason)
                    .id();
            offices.add(office);
            cadre(tag, o + "h", names[o] + "主任", office, PostRank.PRINCIPAL, null, null);
            cadre(tag, o + "d", names[o] + "副主任", office, PostRank.DEPUTY, null, null);
            cadre(tag, o + "s", names[o] + "干事", office, PostRank.STAFF, o == 0 ? village : null, null);
        }
        long leader = cadre(tag, "L", "分管副镇长", township, PostRank.DEPUTY, null, LeadershipRole.DEPUTY_MAYOR);
        cadres.supervise(leader, offices, reason);
        return new Township(tag, township, offices.get(0), offices, login(tag, "L"));
    }

    private long cadre(
            String tag, String suffix, String name, long unit, PostRank rank, Long village, LeadershipRole role) {
        return cadres.create(
                        new CadreCommand(
                                "PC" + tag + suffix,
                                name,
                                Gender.FEMALE,
                                unit,
                                name,
                                rank,
                                StaffType.ESTABLISHED,
                                village,
                                role,
                                login(tag, suffix),
                                null,
                                null),
                        "预设方案实考测试")
                .cadre()
                .id();
    }

    private static String login(String tag, String suffix) {
        return ("p" + tag + suffix).toLowerCase();
    }

    /**
     * Runs {@code preset}'s worked example for {@code period} as the {@code index}-th campaign of the township (each
     * opens 30 days after the previous one). A scheme that averages quarters (seed 002 PERIODS) first needs the
     * quarters' finalised campaigns: run them before.
     */
    Run run(Township t, String preset, String period, int index, RestClientFactory rest) {
        return run(t, schemes.importPreset(preset, ProcessSettings.DEFAULT).getId(), period, index, rest);
    }

    /** As {@link #run(Township, String, String, int, RestClientFactory)} under a stored scheme version. */
    Run run(Township t, long schemeId, String period, int index, RestClientFactory rest) {
        SchemeVersion scheme = schemes.model(schemeId);
        String preset = scheme.code();
        boolean units = scheme.subjectKind() == SubjectKind.UNIT;
        Cycle cycle = Cycle.valueOf(scheme.cycle().name());
        OffsetDateTime openAt = FIRST_OPENING.plusDays(30L * index);
        time.set(openAt);
        OpenCampaign command = new OpenCampaign(
                null,
                units ? t.townshipId() : t.officeId(),
                cycle,
                period,
                schemeId,
                openAt.plusDays(4),
                openAt.plusDays(7),
                openAt.plusDays(9));
        if (scheme.pay().mode() == PayMode.PROPORTIONAL) {
            command = command.withPayPool(new BigDecimal("100000")); // seed 000 四1: the pool is the office's figure
        }
        Campaign opened = campaigns.open(command);
        long id = opened.getId();
        live.runJobsOf(id);
        List<Assessment> assessments = campaigns.assessments(id);
        recordFacts(scheme, campaigns.campaign(id), assessments, units);
        completeTargets(scheme, schemeId, campaigns.campaign(id), assessments, units);
        enterGroupRatings(id, assessments);
        fillRatingSheets(id);
        selfEvaluate(id, schemeId);
        rate(id, schemeId);
        live.runJobsOf(id);
        Campaign ranked = campaigns.campaign(id);
        if (ranked.getStatus() != CampaignStatus.COMMITTEE_REVIEW) {
            throw new IllegalStateException(preset + ": not ranked, " + ranked.getStatus() + " — inputs: "
                    + rest.office()
                            .getForEntity("/api/campaigns/" + id + "/inputs", String.class)
                            .getBody());
        }
        live.approved(id);
        Campaign finalised = live.finalised(id);
        List<Assessment> results = campaigns.assessments(id);
        ScoringInput input = engineScorer.wholeInput(finalised, results, campaigns.adjustments(id));
        return new Run(finalised, scheme, results, input, preview(rest.office(), schemeId, input));
    }

    /**
     * Unit schemes with a target register (seed 004 目标责任书): each unit's book is one qualitative target worth the
     * category's points, reported 效果好 by the office and verified (察访核验), so the campaign can be ranked.
     */
    private void completeTargets(
            SchemeVersion scheme, long schemeId, Campaign c, List<Assessment> assessments, boolean units) {
        if (!units) {
            return;
        }
        TargetService.Actor office = new TargetService.Actor("office-tester", null, true);
        for (Category category : scheme.categories()) {
            if (category.source() != CategorySource.COMPLETION) {
                continue;
            }
            for (Assessment a : assessments) {
                List<Target> book = targets.registerBook(
                        new TargetService.RegisterBook(
                                schemeId,
                                a.getSubjectUnitId(),
                                c.getPeriodLabel(),
                                category.id(),
                                List.of(new TargetRules.Item(
                                        null,
                                        "年度工作目标",
                                        category.points(),
                                        TargetKind.QUALITATIVE,
                                        null,
                                        null,
                                        a.getSubjectUnitId(),
                                        List.of()))),
                        "office-tester");
                for (Target t : book) {
                    targets.report(
                            t.getId(),
                            new TargetRules.Completion(
                                    null, ScoringInput.TargetOutcome.GOOD, false, false, "年终自查报告及佐证材料", null),
                            office);
                    targets.check(
                            t.getId(), new TargetRules.Check(CheckResult.VERIFIED, null, null, null), "office-tester");
                }
            }
        }
    }

    /** Gives a test's REST client to the driver (the office's login). */
    interface RestClientFactory {
        TestRestTemplate office();
    }

    RestClientFactory office(TestRestTemplate anonymous) {
        TestRestTemplate office = users.office(anonymous);
        return () -> office;
    }

    private JsonNode preview(TestRestTemplate office, long schemeId, ScoringInput input) {
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("schemeVersionId", schemeId);
            body.put("input", json.readTree(SchemeDocuments.writeInput(input)));
            ResponseEntity<JsonNode> r = office.postForEntity("/api/schemes/preview", body, JsonNode.class);
            if (r.getStatusCode() != HttpStatus.OK) {
                throw new IllegalStateException("preview: " + r);
            }
            return r.getBody();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One ledger fact per fact type the scheme scores by count, by level or by the committee's figure (at most four),
     * each on another subject, dated inside the period.
     */
    private void recordFacts(SchemeVersion scheme, Campaign c, List<Assessment> assessments, boolean units) {
        Set<String> types = new HashSet<>();
        int n = 0;
        for (FactRule r : scheme.factRules()) {
            if (n >= 4 || !types.add(r.factType()) || r.valuation() == Valuation.NONE) {
                continue;
            }
            Assessment a = assessments.get(n % assessments.size());
            String level = r.valuation() == Valuation.PER_LEVEL
                    ? r.levels().stream().sorted().findFirst().orElse(null)
                    : null;
            BigDecimal points = r.valuation() == Valuation.COMMITTEE ? r.minPoints() : null;
            LocalDate on = c.getPeriodStart().plusDays(3L + n);
            ledger.record(new RecordFact(
                    r.factType(),
                    level,
                    on,
                    units ? null : a.getCadreId(),
                    units ? a.getSubjectUnitId() : null,
                    BigDecimal.ONE,
                    points,
                    null,
                    null,
                    null,
                    r.name(),
                    "预设方案实考台账 " + r.id(),
                    null));
            n++;
        }
    }

    /** The office's paper sheets: every slot of the scheme for every assessment (grades: one of the scheme's). */
    private void enterGroupRatings(long campaignId, List<Assessment> assessments) {
        List<GroupRatings.Slot> slots = groupRatings.slots(campaignId);
        if (slots.isEmpty()) {
            return;
        }
        List<GroupRatings.Entry> entries = new ArrayList<>();
        for (int i = 0; i < assessments.size(); i++) {
            for (int j = 0; j < slots.size(); j++) {
                GroupRatings.Slot s = slots.get(j);
                if (!s.grades().isEmpty()) {
                    List<String> grades = s.grades().stream().sorted().toList();
                    entries.add(new GroupRatings.Entry(
                            assessments.get(i).getCadreId(),
                            s.raterGroup(),
                            s.part(),
                            null,
                            grades.get(i % grades.size()),
                            null));
                } else {
                    entries.add(new GroupRatings.Entry(
                            assessments.get(i).getCadreId(),
                            s.raterGroup(),
                            s.part(),
                            score(s.max(), i, j),
                            null,
                            null));
                }
            }
        }
        groupRatings.enter(campaignId, entries, "预设方案实考：绩考办录入评分表");
    }

    /** Every online sheet of the campaign, each rater a little apart from the others. */
    private void fillRatingSheets(long campaignId) {
        int k = 0;
        for (InboxTask task : open(campaignId, "RATING_SHEET")) {
            RaterSheets.Sheet sheet = raterSheets.sheet(campaignId, task.assignee());
            List<Map<String, Object>> entries = new ArrayList<>();
            for (int i = 0; i < sheet.subjects().size(); i++) {
                for (int j = 0; j < sheet.slots().size(); j++) {
                    RaterSheets.Slot s = sheet.slots().get(j);
                    entries.add(Map.of(
                            "assessmentId", sheet.subjects().get(i).assessmentId(),
                            "raterGroup", s.raterGroup(),
                            "part", s.part(),
                            "score", score(s.max(), i, j + k % 3)));
                }
            }
            inbox.complete(task.id(), task.assignee(), Set.of(), json.valueToTree(Map.of("entries", entries)));
            k++;
        }
    }

    private void selfEvaluate(long campaignId, long schemeId) {
        for (InboxTask task : open(campaignId, "SELF_EVALUATION")) {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("summary", "本年度按责任书完成各项工作任务。");
            form.put("scores", formScores(schemeId, 0, true));
            inbox.complete(task.id(), task.assignee(), Set.of(), json.valueToTree(form));
        }
    }

    /** The supervising leader rates each of the campaign's subjects on the scheme's leader parts. */
    private void rate(long campaignId, long schemeId) {
        int i = 0;
        for (InboxTask task : open(campaignId, "RATING")) {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("action", "rate");
            form.put("comment", "属实，同意。");
            form.put("scores", formScores(schemeId, i++, false));
            inbox.complete(task.id(), task.assignee(), Set.of(), json.valueToTree(form));
        }
    }

    private Map<String, BigDecimal> formScores(long schemeId, int i, boolean selfOnly) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        int j = 0;
        for (CampaignScheme.RatingForm.Category c :
                schemeAdapter.ratingForm(schemeId).categories()) {
            if (!selfOnly || c.selfScored()) {
                scores.put(c.id(), score(c.max(), i, j++));
            }
        }
        return scores;
    }

    private List<InboxTask> open(long campaignId, String kind) {
        return inbox.openTasks(campaignId, false).stream()
                .filter(t -> t.kind().equals(kind))
                .toList();
    }

    /** max × (0.97 − 0.04 i − 0.013 j), two decimals: distinct per subject and part, never above the scale. */
    static BigDecimal score(BigDecimal max, int i, int j) {
        BigDecimal share = new BigDecimal("0.97")
                .subtract(new BigDecimal("0.04").multiply(BigDecimal.valueOf(i)))
                .subtract(new BigDecimal("0.013").multiply(BigDecimal.valueOf(j)))
                .max(new BigDecimal("0.40"));
        return max.multiply(share).setScale(2, RoundingMode.HALF_UP);
    }

    /** The presets, by code. */
    static List<String> presets() {
        return SchemePresets.list().stream().map(SchemePresets.Preset::code).toList();
    }
}
