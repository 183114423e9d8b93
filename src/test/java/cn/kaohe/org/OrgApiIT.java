package cn.kaohe.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.audit.AuditRecord;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/** The cadre and unit API: changes with reasons, and errors as {code, message, problems} in Chinese. */
@IntegrationTest
class OrgApiIT {

    @Autowired
    OrgService org;

    @Autowired
    AuditTrail auditTrail;

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

    private String cadreJson(String local, String name, String extra) {
        return "{\"code\":\"" + t.code(local) + "\",\"name\":\"" + name + "\",\"gender\":\"FEMALE\",\"unitId\":"
                + t.office.id() + ",\"staffType\":\"ESTABLISHED\",\"reason\":\"新进人员\"" + extra + "}";
    }

    @Test
    void createsAndUpdatesACadreWithTheReasonInTheAuditTrail() {
        var created = http.send(
                HttpMethod.POST,
                "/api/cadres",
                cadreJson(
                        "01", "彭晓琳", ",\"loginName\":\"peng" + t.tag.toLowerCase() + "\",\"phone\":\"0737-7654321\""));
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().at("/cadre/id").asLong();
        assertThat(created.body().at("/cadre/staffTypeLabel").asText()).isEqualTo("在编");
        assertThat(created.body().at("/cadre/postRankLabel").asText()).isEqualTo("一般干部");

        String update = cadreJson(
                        "01",
                        "彭晓琳",
                        ",\"postTitle\":\"文书\",\"villageId\":" + t.village.id() + ",\"version\":"
                                + created.body().get("version").asLong())
                .replace("新进人员", "安排驻村");
        var updated = http.send(HttpMethod.PUT, "/api/cadres/" + id, update);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().get("villageResident").asBoolean()).isTrue();
        assertThat(updated.body().at("/cadre/village/name").asText()).isEqualTo(t.village.name());
        List<AuditRecord> history = auditTrail.history("Cadre", t.code("01"));
        assertThat(history).extracting(AuditRecord::getAction).containsExactly("CADRE_CREATED", "CADRE_UPDATED");
        assertThat(history.get(1).getReason()).isEqualTo("安排驻村");
        assertThat(history.get(1).getAfterState()).contains("\"postTitle\":\"文书\"");
    }

    @Test
    void aStaleVersionIsAConflict() {
        var created = http.send(HttpMethod.POST, "/api/cadres", cadreJson("02", "任佳", ""));
        long id = created.body().at("/cadre/id").asLong();

        var answer = http.send(HttpMethod.PUT, "/api/cadres/" + id, cadreJson("02", "任佳", ",\"version\":99"));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body().get("code").asText()).isEqualTo("COMMON-004");
    }

    @Test
    void missingFieldsAreNamedInChinese() {
        var answer = http.send(HttpMethod.POST, "/api/cadres", "{\"code\":\"a b\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("code").asText()).isEqualTo("COMMON-001");
        assertThat(answer.body().get("message").asText()).isEqualTo("输入有误：共 6 处错误");
        assertThat(problems(answer.body()))
                .containsExactlyInAnyOrder(
                        "code|只能含字母、数字和 -，最长 40 位",
                        "name|必填",
                        "gender|必填（MALE 男 / FEMALE 女）",
                        "unitId|必填",
                        "staffType|必填（ESTABLISHED 在编 / CONTRACTED 聘用 / SECONDED 借调 / NON_ESTABLISHED 非在编）",
                        "reason|请填写修改原因");
    }

    @Test
    void anUnknownEnumValueNamesItsField() {
        var answer = http.send(
                HttpMethod.POST, "/api/cadres", cadreJson("03", "石磊", "").replace("ESTABLISHED", "正式"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("code").asText()).isEqualTo("COMMON-001");
        assertThat(answer.body().at("/problems/0/field").asText()).isEqualTo("staffType");
        assertThat(answer.body().at("/problems/0/message").asText())
                .isEqualTo("格式不正确：正式，可选值：ESTABLISHED、CONTRACTED、SECONDED、NON_ESTABLISHED");
    }

    @Test
    void domainRulesNameTheirFields() {
        String body = cadreJson("04", "熊芳", ",\"villageId\":" + t.finance.id() + ",\"staffType\":\"SECONDED\"")
                .replace("\"staffType\":\"ESTABLISHED\",", "");

        var answer = http.send(HttpMethod.POST, "/api/cadres", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("code").asText()).isEqualTo("ORG-006");
        assertThat(answer.body().get("message").asText()).isEqualTo("干部信息有误：「" + t.finance.name() + "」不是村或社区，不能驻村");
        assertThat(problems(answer.body()))
                .containsExactly(
                        "villageId|「" + t.finance.name() + "」不是村或社区，不能驻村",
                        "secondment.hostOrganisation|人员类别为借调时须填写借调单位和借调起止");
    }

    @Test
    void aTakenWorkNumberOrLoginNameIsRefused() {
        String login = ",\"loginName\":\"xu" + t.tag.toLowerCase() + "\"";
        http.send(HttpMethod.POST, "/api/cadres", cadreJson("05", "许明", login));

        var sameCode = http.send(HttpMethod.POST, "/api/cadres", cadreJson("05", "许明", ""));
        var sameLogin = http.send(HttpMethod.POST, "/api/cadres", cadreJson("06", "许亮", login));

        assertThat(sameCode.status()).isEqualTo(409);
        assertThat(sameCode.body().get("code").asText()).isEqualTo("ORG-003");
        assertThat(sameCode.body().get("message").asText()).isEqualTo("工号已被使用：" + t.code("05"));
        assertThat(sameLogin.status()).isEqualTo(400);
        assertThat(problems(sameLogin.body())).containsExactly("loginName|登录名已被许明（" + t.code("05") + "）使用");
    }

    @Test
    void unknownUnitsAndCadresAreNotFoundInChinese() {
        var unit = http.get("/api/units/987654321");
        var cadre = http.get("/api/cadres/987654321");

        assertThat(unit.status()).isEqualTo(404);
        assertThat(unit.body().get("code").asText()).isEqualTo("ORG-001");
        assertThat(unit.body().get("message").asText()).isEqualTo("单位不存在：987654321");
        assertThat(cadre.status()).isEqualTo(404);
        assertThat(cadre.body().get("code").asText()).isEqualTo("ORG-002");
        assertThat(cadre.body().get("message").asText()).isEqualTo("干部不存在：987654321");
    }

    @Test
    void aUnitNeedsAParentAndAFreeName() {
        var orphan = http.send(
                HttpMethod.POST,
                "/api/units",
                "{\"code\":\"X" + t.tag + "\",\"name\":\"孤立办\",\"kind\":\"OFFICE\",\"reason\":\"测试\"}");
        var taken = http.send(
                HttpMethod.POST,
                "/api/units",
                "{\"code\":\"Y" + t.tag + "\",\"name\":\"" + t.office.name() + "\",\"kind\":\"OFFICE\",\"parentId\":"
                        + t.township.id() + ",\"reason\":\"测试\"}");

        assertThat(orphan.status()).isEqualTo(400);
        assertThat(orphan.body().get("code").asText()).isEqualTo("ORG-007");
        assertThat(problems(orphan.body())).containsExactly("parentId|除镇以外的单位须有上级单位");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body().get("code").asText()).isEqualTo("ORG-005");
        assertThat(problems(taken.body())).containsExactly("name|同一上级单位下已有同名单位");
    }

    @Test
    void committeeRolesAreSetWithTheirRules() {
        long id = http.send(HttpMethod.POST, "/api/cadres", cadreJson("07", "贺志刚", ""))
                .body()
                .at("/cadre/id")
                .asLong();

        var bad = http.send(
                HttpMethod.PUT,
                "/api/cadres/" + id + "/committee-roles",
                "{\"roles\":[\"DEPUTY_DIRECTOR\",\"MEMBER\"],\"assessmentLead\":false,\"reason\":\"测试\"}");
        var good = http.send(
                HttpMethod.PUT,
                "/api/cadres/" + id + "/committee-roles",
                "{\"roles\":[\"MEMBER\"],\"assessmentLead\":false,\"reason\":\"领导小组调整\"}");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("code").asText()).isEqualTo("ORG-015");
        assertThat(problems(bad.body())).containsExactly("committeeRoles|主任、副主任、成员只能担任其一");
        assertThat(good.status()).isEqualTo(200);
        assertThat(good.body().get("committeeRoleLabels").get(0).asText()).isEqualTo("成员");
        assertThat(auditTrail.history("Cadre", t.code("07")))
                .extracting(AuditRecord::getAction)
                .containsExactly("CADRE_CREATED", "COMMITTEE_ROLES_CHANGED");
    }

    @Test
    void theTemplateComesAsXlsxOrCsvAndOtherFormatsAreRefused() {
        var xlsx = rest.getForEntity("/api/roster/template?format=xlsx", byte[].class);
        var csv = rest.getForEntity("/api/roster/template?format=csv", byte[].class);
        var pdf = http.get("/api/roster/template?format=pdf");

        assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
        assertThat(xlsx.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("花名册模板.xlsx");
        assertThat(RosterReader.read("t.xlsx", xlsx.getBody()).headers())
                .containsExactlyElementsOf(RosterTemplate.headers());
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF工号,姓名,性别,单位,职务");
        assertThat(pdf.status()).isEqualTo(400);
        assertThat(pdf.body().get("code").asText()).isEqualTo("ORG-016");
        assertThat(pdf.body().get("message").asText()).isEqualTo("模板格式只能是 xlsx 或 csv，收到：pdf");
    }

    @Test
    void anImportWithoutAFileNamesTheMissingPart() {
        var answer = http.send(HttpMethod.POST, "/api/roster/import", "{}");

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.body().get("code").asText()).isEqualTo("COMMON-007");
    }

    private static List<String> problems(JsonNode body) {
        List<String> list = new ArrayList<>();
        body.get("problems")
                .forEach(p -> list.add(
                        p.get("field").asText() + "|" + p.get("message").asText()));
        return list;
    }
}
