package cn.kaohe.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.audit.AuditRecord;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The calendar API on PostgreSQL. The 2027 and 2028 documents here are invented test data, not an
 * official arrangement. Each test removes the years it loaded, so that other ITs sharing this database
 * see only the built-in years.
 */
@IntegrationTest
class CalendarIT {

    /** Invented 2027 data: 元旦 Friday 2027-01-01 to Sunday 01-03, Saturday 2027-01-09 a make-up working day. */
    static final String TEST_2027 =
            """
            source: 测试数据（非官方）
            holidays:
              - {from: 2027-01-01, to: 2027-01-03, name: 元旦}
            workdays: [2027-01-09]
            """;

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    TestUsers users;

    /** The office (绩考办) loads the calendar. */
    TestRestTemplate rest;

    @BeforeEach
    void logIn() {
        rest = users.office(anonymous);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    HolidayCalendarService service;

    @Autowired
    ObjectMapper objectMapper;

    @AfterEach
    void removeLoadedYears() {
        jdbc.update("delete from holiday_arrangement");
    }

    ResponseEntity<JsonNode> put(int year, String contentType, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_TYPE, contentType);
        // bytes, so that the server's default charset (UTF-8) is what decodes it
        return rest.exchange(
                "/api/calendar/" + year,
                HttpMethod.PUT,
                new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), headers),
                JsonNode.class);
    }

    /** GET with the path sent exactly as written (already URL-encoded). */
    ResponseEntity<JsonNode> get(String path) {
        return rest.getForEntity(URI.create(rest.getRootUri() + path), JsonNode.class);
    }

    static JsonNode year(JsonNode years, int year) {
        return StreamSupport.stream(years.spliterator(), false)
                .filter(y -> y.get("year").asInt() == year)
                .findFirst()
                .orElseThrow(() -> new AssertionError("year " + year + " not listed in " + years));
    }

    static JsonNode day(JsonNode detail, String date) {
        return StreamSupport.stream(detail.get("days").spliterator(), false)
                .filter(d -> d.get("date").asText().equals(date))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void listsTheBuiltInYearsWithTheirNoticesAndWorkingDayCounts() {
        JsonNode years = get("/api/calendar/years").getBody();
        assertThat(years).hasSize(2);
        JsonNode y2025 = year(years, 2025);
        assertThat(y2025.get("source").asText()).isEqualTo("BUILT_IN");
        assertThat(y2025.get("notice").asText()).contains("国办发明电〔2024〕12号");
        assertThat(y2025.get("workingDays").asInt()).isEqualTo(248);
        assertThat(year(years, 2026).get("restDays").asInt()).isEqualTo(365 - 248);
    }

    @Test
    void showsEveryDayOfAYearWithHolidaysAndMakeUpWorkingDays() {
        ResponseEntity<JsonNode> response = get("/api/calendar/2026");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode detail = response.getBody();
        assertThat(detail.get("days")).hasSize(365);
        // 2026 notice (2025-11-04): 10月1日至7日放假调休，10月10日（周六）上班
        assertThat(day(detail, "2026-10-01").get("holiday").asText()).isEqualTo("国庆节");
        assertThat(day(detail, "2026-10-01").get("working").asBoolean()).isFalse();
        assertThat(day(detail, "2026-10-10").get("kind").asText()).isEqualTo("MAKE_UP_WORKING_DAY");
        assertThat(day(detail, "2026-10-10").get("weekday").asText()).isEqualTo("周六");
        assertThat(detail.get("makeUpWorkingDays").toString()).contains("2026-02-14", "2026-02-28");
    }

    @Test
    void anUnknownYearIsNotFound() {
        ResponseEntity<JsonNode> response = get("/api/calendar/2030");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody().get("message").asText()).contains("2030年");
    }

    @Test
    void aNoticeWindowIntoAYearWithoutDataWorksOnceTheOfficeLoadsIt() {
        String preview = "/api/calendar/notice-window?openedAt=2026-12-30T10:00:00%2B08:00&workingDays=3";
        ResponseEntity<JsonNode> refused = get(preview);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("CAL-001");
        assertThat(refused.getBody().get("message").asText()).isEqualTo("2027年的法定节假日安排尚未录入，请绩考办先导入");

        ResponseEntity<JsonNode> loaded = put(2027, "application/yaml", TEST_2027);
        assertThat(loaded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(loaded.getBody().at("/summary/source").asText()).isEqualTo("LOADED");
        assertThat(loaded.getBody().at("/summary/notice").asText()).isEqualTo("测试数据（非官方）");

        JsonNode window = get(preview).getBody();
        assertThat(window.get("workingDays").toString()).isEqualTo("[\"2026-12-30\",\"2026-12-31\",\"2027-01-04\"]");
        assertThat(window.get("end").asText()).isEqualTo("2027-01-05T00:00:00+08:00");
        // Friday afternoon before the loaded make-up Saturday 2027-01-09
        JsonNode friday = get("/api/calendar/notice-window?openedAt=2027-01-08T15:00&workingDays=3")
                .getBody();
        assertThat(friday.get("workingDays").toString()).isEqualTo("[\"2027-01-09\",\"2027-01-11\",\"2027-01-12\"]");
        assertThat(friday.get("start").asText()).isEqualTo("2027-01-09T00:00:00+08:00");

        assertThat(year(get("/api/calendar/years").getBody(), 2027)
                        .get("loadedBy")
                        .asText())
                .isEqualTo(TestUsers.OFFICE);
        assertThat(service.calendar().isWorkingDay(LocalDate.of(2027, 1, 9))).isTrue();
    }

    @Test
    void loadingAYearIsAuditedWithBeforeAndAfter() throws Exception {
        put(2027, "application/yaml", TEST_2027);
        ResponseEntity<JsonNode> again = rest.exchange(
                "/api/calendar/2027?reason=补录调休",
                HttpMethod.PUT,
                new HttpEntity<>(
                        "{\"holidays\": [{\"from\": \"2027-01-01\", \"to\": \"2027-01-01\", \"name\": \"元旦\"}]}"
                                .getBytes(StandardCharsets.UTF_8),
                        jsonHeaders()),
                JsonNode.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);

        List<AuditRecord> history = auditTrail.history(HolidayCalendarService.AUDIT_ENTITY, "2027");
        assertThat(history).hasSizeGreaterThanOrEqualTo(2);
        AuditRecord first = history.get(history.size() - 2);
        AuditRecord second = history.get(history.size() - 1);
        assertThat(first.getAction()).isEqualTo("HOLIDAY_ARRANGEMENT_LOADED");
        assertThat(first.getBeforeState()).isNull();
        assertThat(second.getReason()).isEqualTo("补录调休");
        JsonNode before = objectMapper.readTree(second.getBeforeState());
        JsonNode after = objectMapper.readTree(second.getAfterState());
        assertThat(before.at("/arrangement/holidays/0/to").asText()).isEqualTo("2027-01-03");
        assertThat(before.at("/arrangement/makeUpWorkingDays").toString()).isEqualTo("[\"2027-01-09\"]");
        assertThat(after.at("/source").asText()).isEqualTo("LOADED");
        assertThat(after.at("/arrangement/holidays/0/to").asText()).isEqualTo("2027-01-01");
        assertThat(after.at("/arrangement/makeUpWorkingDays")).isEmpty();
        assertThat(auditTrail.verify().intact()).isTrue();
    }

    @Test
    void aBadDocumentIsRefusedWithThePlaceNamedAndNothingStored() {
        long auditBefore = jdbc.queryForObject("select count(*) from audit_record", Long.class);
        // 2028-01-03 is a Monday; the second holiday overlaps the first
        ResponseEntity<JsonNode> response = put(
                2028,
                "text/yaml",
                """
                holidays:
                  - {from: 2028-01-01, to: 2028-01-03, name: 元旦}
                  - {from: 2028-01-03, to: 2028-01-04, name: 测试}
                workdays: [2028-01-03]
                """);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("code").asText()).isEqualTo("CAL-002");
        assertThat(response.getBody().get("problems").findValuesAsText("field"))
                .containsExactlyInAnyOrder("holidays[1]", "workdays[0]");
        assertThat(response.getBody().get("problems").toString()).contains("重叠", "是周一");

        assertThat(get("/api/calendar/2028").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject("select count(*) from holiday_arrangement", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_record", Long.class))
                .isEqualTo(auditBefore);
    }

    @Test
    void aLoadedYearSupersedesTheBuiltInOneUntilItIsGone() {
        // a correction of 2025 without the make-up Saturday 2025-10-11 (test data, not official)
        String corrected =
                """
                {"source": "测试更正", "holidays": [{"from": "2025-10-01", "to": "2025-10-08", "name": "国庆节、中秋节"}],
                 "workdays": ["2025-09-28"]}
                """;
        ResponseEntity<JsonNode> response = rest.exchange(
                "/api/calendar/2025",
                HttpMethod.PUT,
                new HttpEntity<>(corrected.getBytes(StandardCharsets.UTF_8), jsonHeaders()),
                JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().at("/summary/supersedesBuiltIn").asBoolean())
                .isTrue();
        assertThat(day(get("/api/calendar/2025").getBody(), "2025-10-11")
                        .get("kind")
                        .asText())
                .isEqualTo("WEEKEND");

        jdbc.update("delete from holiday_arrangement where arrangement_year = 2025");
        assertThat(day(get("/api/calendar/2025").getBody(), "2025-10-11")
                        .get("kind")
                        .asText())
                .as("the built-in year is back once the loaded one is gone")
                .isEqualTo("MAKE_UP_WORKING_DAY");
    }

    @Test
    void theCachedCalendarFollowsARowWrittenByAnotherNode() {
        assertThat(service.calendar().covers(2029)).isFalse();
        // what another application node would have written
        jdbc.update(
                "insert into holiday_arrangement (arrangement_year, notice, document, document_format, loaded_by,"
                        + " loaded_at, revision, version) values (2029, null, ?, 'YAML', 'node2', now(),"
                        + " nextval('holiday_arrangement_revision'), 0)",
                "holidays: [{from: 2029-01-01, to: 2029-01-01, name: 元旦}]");
        assertThat(service.calendar().covers(2029)).isTrue();
        assertThat(service.calendar().isWorkingDay(LocalDate.of(2029, 1, 1))).isFalse();
    }

    @Test
    void aBadOpeningTimeOrLengthIsAClearError() {
        ResponseEntity<JsonNode> badTime = get("/api/calendar/notice-window?openedAt=30.09.2026");
        assertThat(badTime.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badTime.getBody().at("/problems/0/field").asText()).isEqualTo("openedAt");

        ResponseEntity<JsonNode> badLength = get("/api/calendar/notice-window?openedAt=2026-09-30T10:00&workingDays=0");
        assertThat(badLength.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badLength.getBody().get("code").asText()).isEqualTo("CAL-003");
    }

    @Test
    void anUnencodedPlusInTheOpeningTimeIsStillRead() {
        // the '+' of "+08:00" arrives as a space when a user types the URL by hand
        JsonNode window = rest.getForObject(
                "/api/calendar/notice-window?openedAt={t}&workingDays=3", JsonNode.class, "2026-09-30T16:00:00 08:00");
        assertThat(window.get("workingDays").toString()).isEqualTo("[\"2026-10-08\",\"2026-10-09\",\"2026-10-10\"]");
        assertThat(window.get("openingDayCounted").asBoolean()).isFalse();
        assertThat(window.get("cutOff").asText())
                .as("kaohe.calendar.notice-cut-off default")
                .isEqualTo("12:00:00");
    }

    static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
        return headers;
    }
}
