package cn.kaohe.target;

import static cn.kaohe.support.EngineTime.at;
import static cn.kaohe.target.TargetRulesTest.numeric;
import static cn.kaohe.target.TargetRulesTest.qualitative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.campaign.Assessment;
import cn.kaohe.campaign.Campaign;
import cn.kaohe.campaign.CampaignInputs;
import cn.kaohe.campaign.CampaignService;
import cn.kaohe.campaign.GroupRatings;
import cn.kaohe.campaign.OpenCampaign;
import cn.kaohe.org.CadreService;
import cn.kaohe.org.OrgService;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scoring.ScoringInput.TargetOutcome;
import cn.kaohe.shared.Cycle;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An annual unit campaign under seed 004 (preset zhongshan-units, 钟山区区直单位和镇乡街道工作目标管理暂行办法) whose 工作目标基本分
 * (第十二条(一): 目标责任书考核分, 100 points) comes from the target register: the checklist names the units without targets
 * and the completions not reported or not checked; the units report with evidence, the inspection checks (第十六条 弄虚作假
 * −50 %, 第十七条 缺项 rescaled) and the campaign's scorer reads the register. Figures computed by hand below.
 */
@IntegrationTest
class TargetRegisterIT {

    @Autowired
    OrgService org;

    @Autowired
    CadreService cadres;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    TargetService targets;

    @Autowired
    CampaignService campaigns;

    @Autowired
    CampaignInputs inputs;

    @Autowired
    GroupRatings groupRatings;

    @Autowired
    EngineTime time;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    cn.kaohe.campaign.CampaignScorer scorer;

    final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void resetClock() {
        time.reset();
    }

    CampaignInputs.Item item(long campaignId, String code) {
        return inputs.checklist(campaignId).items().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    int targetRows(long unit) {
        return jdbc.queryForObject("select count(*) from target where unit_id = ?", Integer.class, unit);
    }

    @Test
    void theBasicScoreOfAnAnnualUnitCampaignComesFromTheRegister() throws Exception {
        time.set("2026-12-01T09:00");
        TargetDistrict d = new TargetDistrict(org, cadres);
        long scheme = schemes.importPreset("zhongshan-units", null).getId();
        Campaign campaign = campaigns.open(new OpenCampaign(
                null,
                d.district,
                Cycle.ANNUAL,
                "2026",
                scheme,
                at("2026-12-04T18:00"),
                at("2026-12-09T18:00"),
                at("2026-12-14T18:00")));
        time.runDueJobs();
        List<Assessment> all = campaigns.assessments(campaign.getId());
        assertThat(all).extracting(Assessment::getSubjectUnitId).containsExactlyInAnyOrder(d.development, d.housing);

        // no targets yet: the checklist names both units
        String fgj = "发改局" + d.tag;
        String zjj = "住建局" + d.tag;
        CampaignInputs.Item books = item(campaign.getId(), "TARGETS");
        assertThat(books.complete()).isFalse();
        assertThat(books.missing()).containsExactlyInAnyOrder(fgj, zjj);
        assertThat(inputs.checklist(campaign.getId()).complete()).isFalse();

        // seed 004 第十二条(一) 工作目标基本分100分: 40 + 35 + 20 = 95 is refused, naming the points, and nothing is stored
        assertThatThrownBy(() -> targets.registerBook(
                        new TargetService.RegisterBook(
                                scheme,
                                d.development,
                                "2026",
                                "basic",
                                List.of(
                                        numeric("招商引资到位资金", 40, 5000, "万元"),
                                        qualitative("市区十件实事", 35),
                                        qualitative("安全生产", 20))),
                        "office-tester"))
                .isInstanceOfSatisfying(
                        KaoheException.class,
                        e -> assertThat(e.errorCode().code()).isEqualTo("TARGET-003"));
        assertThat(targetRows(d.development)).isZero();

        List<Target> fgjBook = targets.registerBook(
                new TargetService.RegisterBook(
                        scheme,
                        d.development,
                        "2026",
                        "basic",
                        List.of(
                                numeric("招商引资到位资金", 40, 5000, "万元"),
                                new TargetRules.Item(
                                        null,
                                        "市区十件实事：城区停车场建设",
                                        new BigDecimal("35"),
                                        TargetKind.QUALITATIVE,
                                        null,
                                        null,
                                        d.development,
                                        List.of(d.housing)), // 住建局 协办
                                qualitative("安全生产", 25))),
                "office-tester");
        List<Target> zjjBook = targets.registerBook(
                new TargetService.RegisterBook(
                        scheme,
                        d.housing,
                        "2026",
                        null, // the scheme's only COMPLETION category
                        List.of(numeric("棚户区改造", 60, 1200, "户"), qualitative("城市管理", 40))),
                "office-tester");
        assertThat(zjjBook).allSatisfy(t -> assertThat(t.getCategoryId()).isEqualTo("basic"));
        assertThat(item(campaign.getId(), "TARGETS").complete()).isTrue();
        CampaignInputs.Item completions = item(campaign.getId(), "TARGET_COMPLETIONS");
        assertThat(completions.complete()).isFalse();
        assertThat(completions.missing()).hasSize(5).contains(fgj + "：招商引资到位资金（未上报）");

        // the units report with evidence: the head, the clerk; another unit's head may not report for them
        TargetService.Actor fgjHead = d.unitActor(d.developmentHead, d.developmentHeadLogin);
        TargetService.Actor fgjClerk = d.unitActor(d.developmentClerk, "clerk");
        TargetService.Actor zjjHead = d.unitActor(d.housingHead, d.housingHeadLogin);
        assertThatThrownBy(() -> targets.report(fgjBook.get(0).getId(), report(new BigDecimal("3750"), null), zjjHead))
                .isInstanceOfSatisfying(
                        KaoheException.class,
                        e -> assertThat(e.errorCode().code()).isEqualTo("TARGET-008"));
        targets.report(fgjBook.get(0).getId(), report(new BigDecimal("3750"), null), fgjHead);
        targets.report(fgjBook.get(1).getId(), report(null, TargetOutcome.FAIR), fgjClerk);
        targets.report(
                fgjBook.get(2).getId(),
                new TargetRules.Completion(null, null, true, null, "本年度辖区无此项工作（缺项）", null),
                fgjClerk);
        targets.report(zjjBook.get(0).getId(), report(new BigDecimal("1300"), null), zjjHead);
        targets.report(zjjBook.get(1).getId(), report(null, TargetOutcome.GOOD), zjjHead);
        assertThat(item(campaign.getId(), "TARGET_COMPLETIONS").missing())
                .hasSize(5)
                .allSatisfy(m -> assertThat(m).endsWith("（未核验）"));

        // 察访核验 by the office
        targets.check(fgjBook.get(0).getId(), check(CheckResult.VERIFIED, null), "office-tester");
        targets.check(fgjBook.get(1).getId(), check(CheckResult.VERIFIED, null), "office-tester");
        targets.check(fgjBook.get(2).getId(), check(CheckResult.MISSING, "核实确无此项工作"), "office-tester");
        targets.check(zjjBook.get(0).getId(), check(CheckResult.FALSIFIED, "实地核查仅完成 900 户，虚报"), "office-tester");
        targets.check(zjjBook.get(1).getId(), check(CheckResult.VERIFIED, null), "office-tester");
        assertThat(item(campaign.getId(), "TARGET_COMPLETIONS").complete()).isTrue();

        // 综合评定分 (第十二条(三)) by the committee, entered by the office
        List<GroupRatings.Entry> overall = new ArrayList<>();
        all.forEach(a -> overall.add(new GroupRatings.Entry(
                a.getCadreId(), "TARGET_COMMITTEE", "overall", new BigDecimal("4"), null, null)));
        groupRatings.enter(campaign.getId(), overall, "区目标管理领导小组综合评定");
        // what remains belongs to the campaign's other steps (the leaders' ratings, 下评上), never to the targets
        assertThat(inputs.checklist(campaign.getId()).items())
                .filteredOn(i -> !i.complete())
                .extracting(CampaignInputs.Item::code)
                .doesNotContain("TARGETS", "TARGET_COMPLETIONS", "OTHER");

        Campaign fresh = campaigns.campaign(campaign.getId());
        Map<Long, BigDecimal> basic = new java.util.HashMap<>();
        for (Assessment a : all) {
            JsonNode result = json.readTree(scorer.scoreOne(fresh, a).resultJson());
            basic.put(
                    a.getSubjectUnitId(),
                    result.get("categoryScores").get("basic").decimalValue());
        }
        // 发改局, by hand: 招商引资 3750/5000 万元 → 40 × 75% = 30 (第十六条 按未完成比例相应扣分); 十件实事 效果一般 → 35 × 90%
        // = 31.5; 安全生产 缺项 (第十七条 缺项工作不计分，总分按比例折算): (30 + 31.5) × 100 / (40 + 35) = 82
        assertThat(basic.get(d.development)).isEqualByComparingTo("82");
        // 住建局, by hand: 棚户区改造 弄虚作假 (第十六条 倒扣该项工作正常分值的50%) → −60 × 50% = −30; 城市管理 效果好 → 40;
        // −30 + 40 = 10
        assertThat(basic.get(d.housing)).isEqualByComparingTo("10");
    }

    static TargetRules.Completion report(BigDecimal actual, TargetOutcome outcome) {
        return new TargetRules.Completion(actual, outcome, false, false, "年终自查报告及佐证材料", "att-self-2026");
    }

    static TargetRules.Check check(CheckResult result, String note) {
        return new TargetRules.Check(result, note, null, null);
    }

    @Test
    void overHttpTheOfficeRegistersAndBadInputIsA400NamingTheField() {
        time.set("2026-02-02T09:00");
        TargetDistrict d = new TargetDistrict(org, cadres);
        long scheme = schemes.importPreset("zhongshan-units", null).getId();
        TestRestTemplate office = users.office(anonymous);
        Map<String, Object> bad = Map.of(
                "schemeVersionId",
                scheme,
                "unitId",
                d.development,
                "period",
                "2026",
                "targets",
                List.of(
                        Map.of("title", "招商引资到位资金", "points", 40, "kind", "NUMERIC", "measureUnit", "万元"),
                        Map.of("title", "市区十件实事", "points", 60, "kind", "QUALITATIVE")));
        ResponseEntity<JsonNode> refused =
                office.exchange("/api/targets/books", HttpMethod.PUT, new HttpEntity<>(bad), JsonNode.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("TARGET-002");
        assertThat(refused.getBody().toString())
                .contains("targets[0].targetValue")
                .contains("目标值");
        assertThat(targetRows(d.development)).isZero();

        Map<String, Object> good = Map.of(
                "schemeVersionId",
                scheme,
                "unitId",
                d.development,
                "period",
                "2026",
                "targets",
                List.of(
                        Map.of(
                                "title",
                                "招商引资到位资金",
                                "points",
                                40,
                                "kind",
                                "NUMERIC",
                                "targetValue",
                                5000,
                                "measureUnit",
                                "万元"),
                        Map.of("title", "市区十件实事", "points", 60, "kind", "QUALITATIVE")));
        ResponseEntity<JsonNode> ok =
                office.exchange("/api/targets/books", HttpMethod.PUT, new HttpEntity<>(good), JsonNode.class);
        assertThat(ok.getStatusCode().value()).isEqualTo(200);
        assertThat(ok.getBody()).hasSize(2);
        assertThat(ok.getBody().get(0).get("leadUnitName").asText()).isEqualTo("发改局" + d.tag);
        long first = ok.getBody().get(0).get("id").asLong();

        // the unit's head reports; the office checks; a cadre of another unit is refused
        ResponseEntity<JsonNode> foreign = users.as(anonymous, d.housingHeadLogin)
                .postForEntity(
                        "/api/targets/" + first + "/completion",
                        Map.of("actual", 5200, "evidence", "到位资金台账"),
                        JsonNode.class);
        assertThat(foreign.getStatusCode().value()).isEqualTo(403);
        assertThat(foreign.getBody().get("code").asText()).isEqualTo("TARGET-008");
        ResponseEntity<JsonNode> reported = users.as(anonymous, d.developmentHeadLogin)
                .postForEntity(
                        "/api/targets/" + first + "/completion",
                        Map.of("actual", 5200, "evidence", "到位资金台账", "attachments", "att-77"),
                        JsonNode.class);
        assertThat(reported.getStatusCode().value()).isEqualTo(200);
        assertThat(reported.getBody().get("reportedBy").asText()).isEqualTo(d.developmentHeadLogin);
        // only the office or the committee checks
        ResponseEntity<JsonNode> selfCheck = users.as(anonymous, d.developmentHeadLogin)
                .postForEntity("/api/targets/" + first + "/check", Map.of("result", "VERIFIED"), JsonNode.class);
        assertThat(selfCheck.getStatusCode().value()).isEqualTo(403);
        ResponseEntity<JsonNode> checked =
                office.postForEntity("/api/targets/" + first + "/check", Map.of("result", "VERIFIED"), JsonNode.class);
        assertThat(checked.getBody().get("checkResultLabel").asText()).isEqualTo("属实");
        // a change request after 1 July: 409 naming the cut-off, nothing stored
        time.set("2026-07-02T10:00");
        ResponseEntity<JsonNode> late = users.as(anonymous, d.developmentHeadLogin)
                .postForEntity(
                        "/api/targets/changes",
                        Map.of(
                                "schemeVersionId",
                                scheme,
                                "unitId",
                                d.development,
                                "period",
                                "2026",
                                "reason",
                                "政策调整",
                                "changes",
                                List.of(Map.of("id", first, "targetValue", 4000))),
                        JsonNode.class);
        assertThat(late.getStatusCode().value()).isEqualTo(409);
        assertThat(late.getBody().get("code").asText()).isEqualTo("TARGET-005");
        assertThat(jdbc.queryForObject(
                        "select count(*) from target_change where unit_id = ?", Integer.class, d.development))
                .isZero();
    }

    @Test
    void aUnitReadsOnlyItsOwnBooksAndChangeRequests() {
        time.set("2026-02-02T09:00");
        TargetDistrict d = new TargetDistrict(org, cadres);
        long scheme = schemes.importPreset("zhongshan-units", null).getId();
        List<Target> book = targets.registerBook(
                new TargetService.RegisterBook(
                        scheme,
                        d.development,
                        "2026",
                        null,
                        List.of(numeric("招商引资到位资金", 60, 5000, "万元"), qualitative("市区十件实事", 40))),
                "office-tester");
        // seed 004 第九条: before 1 July the unit asks to move 5 points from 招商引资 to 十件实事
        TargetChange change = targets.requestChange(
                new TargetService.RequestChange(
                        scheme,
                        d.development,
                        "2026",
                        null,
                        "受上级政策调整影响",
                        List.of(
                                new TargetRules.Item(
                                        book.get(0).getId(), null, new BigDecimal("55"), null, null, null, null, null),
                                new TargetRules.Item(
                                        book.get(1).getId(),
                                        null,
                                        new BigDecimal("45"),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null))),
                d.unitActor(d.developmentHead, d.developmentHeadLogin));

        JsonNode mine = users.as(anonymous, d.developmentHeadLogin).getForObject("/api/targets/mine", JsonNode.class);
        assertThat(mine.get("unitName").asText()).isEqualTo("发改局" + d.tag);
        assertThat(mine.get("books")).hasSize(1);
        JsonNode b = mine.get("books").get(0);
        assertThat(b.get("categoryName").asText()).isEqualTo("工作目标基本分");
        assertThat(b.get("changeCutoff").asText()).isEqualTo("2026-07-01");
        assertThat(b.get("changesOpen").asBoolean()).isTrue();
        assertThat(b.get("openChangeId").asLong()).isEqualTo(change.getId());
        assertThat(b.get("targets")).hasSize(2);
        assertThat(b.get("changes").get(0).get("summary").toString())
                .contains("第1项“招商引资到位资金”：分值 60 → 55")
                .contains("第2项“市区十件实事”：分值 40 → 45");
        // the clerk of the same unit reads the request; another unit's head sees no book and may not read it
        String clerk = "tdc" + d.tag.toLowerCase();
        assertThat(users.as(anonymous, clerk)
                        .getForEntity("/api/targets/changes/" + change.getId(), JsonNode.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        TestRestTemplate foreign = users.as(anonymous, d.housingHeadLogin);
        assertThat(foreign.getForObject("/api/targets/mine", JsonNode.class).get("books"))
                .isEmpty();
        ResponseEntity<JsonNode> refused =
                foreign.getForEntity("/api/targets/changes/" + change.getId(), JsonNode.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("TARGET-019");
        assertThat(foreign.getForEntity(
                                "/api/targets/books?schemeVersionId=" + scheme + "&unitId=" + d.development
                                        + "&period=2026",
                                JsonNode.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        // a login without a unit (the office's service account) has no unit's side
        ResponseEntity<JsonNode> noUnit = users.office(anonymous).getForEntity("/api/targets/mine", JsonNode.class);
        assertThat(noUnit.getStatusCode().value()).isEqualTo(403);
        assertThat(noUnit.getBody().get("code").asText()).isEqualTo("TARGET-018");
    }
}
