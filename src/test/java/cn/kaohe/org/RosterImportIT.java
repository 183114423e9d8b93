package cn.kaohe.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.audit.AuditRecord;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

@IntegrationTest
class RosterImportIT {

    @Autowired
    OrgService org;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    CadreRepository cadres;

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    cn.kaohe.support.TestUsers users;

    /** The office runs the roster and the organisation (requests authenticated with HTTP Basic). */
    TestRestTemplate rest;

    TestTownship t;
    OrgHttp http;

    @BeforeEach
    void township() {
        rest = users.office(anonymous);
        t = new TestTownship(org);
        http = new OrgHttp(rest);
    }

    // 工号,姓名,性别,单位,职务,职级,人员类别,是否驻村,驻村村名,是否班子成员,班子职务,分管单位,绩考职务,全面负责绩考,登录名,手机,借调单位,借调起止
    static final String LEADER = "T{T}-01,傅嘉成,男,@镇,副镇长,副职,在编,否,,是,副镇长,@党建办、@财政所,,,fu{login},13807370001,,";
    static final String RESIDENT = "T{T}-02,谭玥,女,@党建办,党建办主任,主要负责人,在编,是,@栗山村,否,,,,,tan{login},,,";
    static final String SECONDED = "T{T}-03,陈堃,男,@财政所,会计,一般干部,借调,,,,,,,,,,县财政局,2021-03~2021-12";

    @Test
    void aGoodCsvWithByteOrderMarkIsStored() {
        byte[] file = withBom(t.csv(LEADER, RESIDENT, SECONDED));

        var answer = http.upload("花名册.csv", file, null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("created").asInt()).isEqualTo(3);
        assertThat(answer.body().get("updated").asInt()).isZero();
        assertThat(answer.body().get("dryRun").asBoolean()).isFalse();

        CadreDetail leader = org.cadreByCode(t.code("01"));
        assertThat(leader.cadre().leadershipRole()).isEqualTo(LeadershipRole.DEPUTY_MAYOR);
        assertThat(leader.supervisedUnits())
                .extracting(UnitRef::name)
                .containsExactly(t.finance.name(), t.office.name());
        assertThat(leader.cadre().loginName()).isEqualTo(t.login("fu"));
        assertThat(leader.phone()).isEqualTo("13807370001");

        CadreDetail resident = org.cadreByCode(t.code("02"));
        assertThat(resident.villageResident()).isTrue();
        assertThat(resident.cadre().village().name()).isEqualTo(t.village.name());
        assertThat(resident.cadre().postRank()).isEqualTo(PostRank.PRINCIPAL);
        assertThat(resident.supervisingLeaders()).extracting(CadreRef::name).containsExactly("傅嘉成");

        CadreDetail seconded = org.cadreByCode(t.code("03"));
        assertThat(seconded.cadre().staffType()).isEqualTo(StaffType.SECONDED);
        assertThat(seconded.secondments()).singleElement().satisfies(s -> {
            assertThat(s.hostOrganisation()).isEqualTo("县财政局");
            assertThat(s.fromMonth()).isEqualTo(YearMonth.of(2021, 3));
            assertThat(s.toMonth()).isEqualTo(YearMonth.of(2021, 12));
        });

        assertThat(auditTrail.history("Cadre", t.code("02"))).singleElement().satisfies(r -> {
            assertThat(r.getAction()).isEqualTo("CADRE_CREATED");
            assertThat(r.getReason()).isEqualTo("花名册导入：花名册.csv");
            assertThat(r.getAfterState()).contains("\"name\":\"谭玥\"");
        });
    }

    @Test
    void aGoodXlsxIsStored() throws Exception {
        byte[] xlsx = xlsx(
                List.of("工号", "姓名", "性别", "单位", "人员类别", "是否驻村", "驻村村名", "登录名"),
                List.of(t.code("11"), "刘喆", "男", t.office.name(), "聘用", "是", t.community.name(), t.login("liuzhe")),
                List.of(t.code("12"), "黄玥", "女", t.finance.name(), "非在编", "否", "", ""));

        var answer = http.upload("花名册.xlsx", xlsx, "reason=年初花名册");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("created").asInt()).isEqualTo(2);
        CadreDetail liu = org.cadreByCode(t.code("11"));
        assertThat(liu.cadre().staffType()).isEqualTo(StaffType.CONTRACTED);
        assertThat(liu.cadre().village().name()).isEqualTo(t.community.name());
        assertThat(liu.cadre().postRank()).isEqualTo(PostRank.STAFF);
        assertThat(org.cadreByCode(t.code("12")).cadre().staffType()).isEqualTo(StaffType.NON_ESTABLISHED);
        assertThat(auditTrail.history("Cadre", t.code("12")).get(0).getReason()).isEqualTo("年初花名册");
    }

    @Test
    void aFileWithBadRowsListsEveryErrorWithRowAndColumnAndStoresNothing() {
        // one cadre already stored, to clash with
        http.upload("first.csv", t.csv("T{T}-50,石磊,男,@党建办,科员,,在编,,,,,,,,shi{login},,,"), null);
        long before = cadres.count();
        byte[] file = t.csv(
                /* 2 */ "T{T}-51,好人,男,@党建办,科员,,在编,,,,,,,,,,,",
                /* 3 */ "T{T}-52,张三,男,宣传办,科员,,在编,,,,,,,,,,,",
                /* 4 */ "T{T}-51,李四,男,@党建办,科员,,在编,,,,,,,,,,,",
                /* 5 */ "T{T}-53,王五,女,@党建办,科员,,正式,,,,,,,,,,,",
                /* 6 */ "T{T}-54,,男,@党建办,科员,,在编,,,,,,,,,,,",
                /* 7 */ "T{T}-55,赵六,男,@党建办,科员,,在编,,,,,,,,,12345,,",
                /* 8 */ "T{T}-56,钱七,男,@党建办,科员,,在编,是,,,,,,,,,,",
                /* 9 */ "T{T}-57,孙八,男,@党建办,科员,,在编,,,,,,,,shi{login},,,",
                /* 10 */ "T{T}-50,石磊磊,男,@党建办,科员,,在编,,,,,,,,,,,",
                /* 11 */ "T{T}-58,周九,男,@党建办,科员,,借调,,,,,,,,,,,");

        var answer = http.upload("bad.csv", file, null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("code").asText()).isEqualTo("ORG-008");
        assertThat(problems(answer.body()))
                .containsExactly(
                        "3|单位|单位「宣传办」不存在（须先在系统中建立，名称须完全一致）",
                        "4|工号|工号「" + t.code("51") + "」与第 2 行重复",
                        "5|人员类别|「正式」不是有效的人员类别，应为：在编、聘用、借调、非在编",
                        "6|姓名|必填",
                        "7|手机|手机号「12345」格式不正确：应为 11 位手机号或 区号-电话",
                        "8|驻村村名|驻村人员须填写驻村村名",
                        "9|登录名|登录名「" + t.login("shi") + "」已被石磊（" + t.code("50") + "）使用",
                        "10|姓名|工号「" + t.code("50") + "」在系统中是「石磊」，与本行姓名「石磊磊」不符（如确需改名，请在干部信息中修改）",
                        "11|借调单位|人员类别为借调时须填写借调单位和借调起止");
        assertThat(answer.body().get("message").asText()).isEqualTo("花名册有 9 处错误，未导入任何数据");
        assertThat(cadres.count()).isEqualTo(before);
        assertThat(cadres.findByCode(t.code("51"))).isEmpty();
        assertThat(auditTrail.history("Cadre", t.code("51"))).isEmpty();
    }

    @Test
    void aDryRunValidatesAndCountsButStoresNothing() {
        var answer = http.upload("花名册.csv", t.csv(LEADER, RESIDENT), "dryRun=true");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("dryRun").asBoolean()).isTrue();
        assertThat(answer.body().get("created").asInt()).isEqualTo(2);
        assertThat(cadres.findByCode(t.code("01"))).isEmpty();
        assertThat(cadres.findByCode(t.code("02"))).isEmpty();
        assertThat(auditTrail.history("Cadre", t.code("01"))).isEmpty();
    }

    @Test
    void aDryRunOfABadFileListsTheErrorsToo() {
        var answer = http.upload("花名册.csv", t.csv("T{T}-60,张三,男,宣传办,科员,,在编,,,,,,,,,,,"), "dryRun=true");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(problems(answer.body())).containsExactly("2|单位|单位「宣传办」不存在（须先在系统中建立，名称须完全一致）");
    }

    @Test
    void reImportingUpdatesByWorkNumberAuditsTheChangeAndCountsTheUnchanged() {
        http.upload("花名册.csv", t.csv(LEADER, RESIDENT, SECONDED), null);
        Long residentId = cadres.findByCode(t.code("02")).orElseThrow().getId();

        // 谭玥 moves from 党建办 to 财政所 and leaves the village; the leader and 陈堃 are unchanged
        String moved = "T{T}-02,谭玥,女,@财政所,副所长,副职,在编,否,,否,,,,,tan{login},,,";
        var answer = http.upload("花名册-二月.csv", t.csv(LEADER, moved, SECONDED), null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("created").asInt()).isZero();
        assertThat(answer.body().get("updated").asInt()).isEqualTo(1);
        assertThat(answer.body().get("unchanged").asInt()).isEqualTo(2);
        assertThat(answer.body().get("updatedCodes").get(0).asText()).isEqualTo(t.code("02"));

        CadreDetail tan = org.cadreByCode(t.code("02"));
        assertThat(tan.cadre().id()).isEqualTo(residentId);
        assertThat(tan.cadre().unit().name()).isEqualTo(t.finance.name());
        assertThat(tan.villageResident()).isFalse();
        assertThat(cadres.findByCodeIn(List.of(t.code("01"), t.code("02"), t.code("03"))))
                .hasSize(3);

        List<AuditRecord> history = auditTrail.history("Cadre", t.code("02"));
        assertThat(history).extracting(AuditRecord::getAction).containsExactly("CADRE_CREATED", "CADRE_UPDATED");
        AuditRecord update = history.get(1);
        assertThat(update.getReason()).isEqualTo("花名册导入：花名册-二月.csv");
        assertThat(update.getBeforeState()).contains("\"postTitle\":\"党建办主任\"", "\"village\":\"" + t.village.code());
        assertThat(update.getAfterState()).contains("\"postTitle\":\"副所长\"").doesNotContain("\"village\"");
        assertThat(auditTrail.history("Cadre", t.code("01"))).hasSize(1);
        assertThat(auditTrail.verify().intact()).isTrue();
    }

    @Test
    void refusesAFileThatIsNeitherXlsxNorCsv() {
        var answer = http.upload("花名册.xls", new byte[] {1, 2, 3}, null);

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.body().get("code").asText()).isEqualTo("ORG-010");
        assertThat(answer.body().get("message").asText()).isEqualTo("不支持的花名册格式：花名册.xls（请上传 .xlsx 或 .csv 文件）");
    }

    private static List<String> problems(JsonNode body) {
        List<String> list = new ArrayList<>();
        body.get("problems")
                .forEach(p -> list.add(p.get("row").asInt() + "|"
                        + p.get("field").asText() + "|" + p.get("message").asText()));
        return list;
    }

    private static byte[] withBom(byte[] utf8) {
        byte[] bom = "\uFEFF".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(utf8, 0, all, bom.length, utf8.length);
        return all;
    }

    @SafeVarargs
    private static byte[] xlsx(List<String>... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(RosterTemplate.ROSTER_SHEET);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].size(); c++) {
                    row.createCell(c).setCellValue(rows[r].get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
