package cn.kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.campaign.Assessment;
import cn.kaohe.campaign.Campaign;
import cn.kaohe.campaign.CampaignEvent;
import cn.kaohe.campaign.CampaignService;
import cn.kaohe.campaign.CampaignStatus;
import cn.kaohe.report.ReportService.ReportList;
import cn.kaohe.shared.KaoheZone;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.web.ErrorResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The report pack wired into the campaign: a township of ten cadres is assessed for February and March
 * 2026 under seed 003's monthly scheme through the real workflow. The reports each step needs are stored
 * automatically, downloaded through the API and read back with PDFBox and POI.
 */
@IntegrationTest
class ReportGenerationIT {

    /** Built once for the class: the workflow runs are the expensive part. */
    private static State state;

    @org.springframework.beans.factory.annotation.Autowired
    cn.kaohe.scheme.SchemeCatalog schemeCatalog;

    private record State(
            ReportScenario.Township township,
            Campaign february,
            Campaign march,
            ResponseEntity<byte[]> rankingOnDemandWhileRanked) {}

    @Autowired
    ReportScenario scenario;

    @Autowired
    ReportService reports;

    @Autowired
    CampaignService campaigns;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    cn.kaohe.support.TestUsers users;

    /** The office reads campaign reports (PARTY and COMMITTEE may too). */
    private TestRestTemplate asOffice() {
        return users.office(rest);
    }

    /** A failed set-up is reported by every test instead of being repeated by each. */
    private static RuntimeException setUpFailure;

    @BeforeEach
    void driveTheCampaigns() {
        if (setUpFailure != null) {
            throw setUpFailure;
        }
        if (state == null) {
            try {
                state = drive();
            } catch (RuntimeException | AssertionError e) {
                setUpFailure = new IllegalStateException("Driving the campaigns failed", e);
                throw setUpFailure;
            }
        }
    }

    private State drive() {
        {
            String tag = String.format("%06d", new Random().nextInt(1_000_000));
            ReportScenario.Township t = scenario.township(tag);
            Campaign feb = scenario.ranked(
                    t, "2026-02", OffsetDateTime.parse("2026-03-02T09:00+08:00"), ReportScenario.FEBRUARY_SCORES);
            scenario.approved(feb.getId());
            feb = scenario.finalised(feb.getId());
            Campaign march = scenario.ranked(
                    t, "2026-03", OffsetDateTime.parse("2026-04-01T09:00+08:00"), ReportScenario.MARCH_SCORES);
            ResponseEntity<byte[]> whileRanked = get("/api/campaigns/" + march.getId() + "/reports/ranking");
            scenario.approved(march.getId());
            march = scenario.finalised(march.getId());
            return new State(t, feb, march, whileRanked);
        }
    }

    @AfterEach
    void resetClock() {
        scenario.resetClock();
    }

    @Test
    void theCampaignsRanThroughTheWholeWorkflow() {
        assertThat(state.february().getStatus()).isEqualTo(CampaignStatus.FINALISED);
        assertThat(state.march().getStatus()).isEqualTo(CampaignStatus.FINALISED);
        assertThat(reports.list(state.march().getId()).failures()).isEmpty();
    }

    @Test
    void rankingAndDistributionAreStoredWhenTheCampaignIsRanked() {
        List<StoredReportSummary> ranked = stored(state.march(), ReportTrigger.RANKED);
        assertThat(ranked)
                .extracting(StoredReportSummary::type)
                .containsExactly(ReportType.RANKING, ReportType.GRADE_DISTRIBUTION);
        assertThat(ranked).allSatisfy(r -> {
            assertThat(r.format()).isEqualTo(ReportFormat.PDF);
            assertThat(r.checksum()).hasSize(64);
            assertThat(r.dataVersion()).hasSize(DataVersions.LENGTH);
            assertThat(r.generatedBy()).isEqualTo("system");
        });

        StoredReportSummary ranking = ranked.get(0);
        ResponseEntity<byte[]> file = get("/api/reports/" + ranking.id());
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ReproducibleOutput.sha256(file.getBody())).isEqualTo(ranking.checksum());
        String text = pdfText(ReportType.RANKING, file.getBody());
        assertThat(text)
                .contains(
                        "考核结果排名表",
                        // the township is printed once, apart from the campaign's own words (issue 14)
                        state.march()
                                .getName()
                                .substring(state.march().getName().indexOf('镇') + 1),
                        "拜城县乡镇干部业绩考核（月度）（第"
                                + schemeCatalog
                                        .stored(state.march().getSchemeVersionId())
                                        .getVersionNo() + "版）")
                .contains(ReportScenario.NAMES.toArray(String[]::new))
                .contains("数据版本" + ranking.dataVersion());
        // seed 003 四: 每月A等比例不高于10% — of ten cadres only the best (96 points) is A
        assertThat(text).contains("1王建国").contains("96.0").contains("A等");

        String distribution = pdfText(
                ReportType.GRADE_DISTRIBUTION,
                get("/api/reports/" + ranked.get(1).id()).getBody());
        // seed 003 四: 各等次中驻村（社区）干部比例要占50%
        assertThat(distribution).contains("等次分布统计", "A等", "B等", "C等", "D等", "驻村（社区）干部", "≥50%");
    }

    @Test
    void regeneratingUnchangedDataGivesTheSameDataVersionAndTheSameBytes() {
        StoredReportSummary atRanking =
                stored(state.march(), ReportTrigger.RANKED).get(0);
        HttpHeaders whileRanked = state.rankingOnDemandWhileRanked().getHeaders();
        assertThat(whileRanked.getFirst("X-Report-Data-Version")).isEqualTo(atRanking.dataVersion());
        assertThat(whileRanked.getFirst("X-Report-Checksum")).isEqualTo(atRanking.checksum());

        StoredReportSummary archived = stored(state.march(), ReportTrigger.FINALISED).stream()
                .filter(r -> r.type() == ReportType.RANKING)
                .findFirst()
                .orElseThrow();
        assertThat(archived.dataVersion()).isNotEqualTo(atRanking.dataVersion()); // approval and notice came since
        ResponseEntity<byte[]> again = get("/api/campaigns/" + state.march().getId() + "/reports/ranking?format=pdf");
        assertThat(again.getHeaders().getFirst("X-Report-Data-Version")).isEqualTo(archived.dataVersion());
        assertThat(again.getBody())
                .isEqualTo(get("/api/reports/" + archived.id()).getBody());
    }

    @Test
    void downloadsCarryTheChineseFileName() {
        ResponseEntity<byte[]> file = get("/api/campaigns/" + state.march().getId() + "/reports/grade-distribution");
        ContentDisposition disposition =
                ContentDisposition.parse(file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo(state.march().getName() + "-等次分布统计.pdf");
        assertThat(file.getHeaders().getContentType()).hasToString("application/pdf");
    }

    @Test
    void theRankingExportsToXlsxWithNumericCells() throws Exception {
        ResponseEntity<byte[]> file = get("/api/campaigns/" + state.march().getId() + "/reports/ranking?format=xlsx");
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ContentDisposition.parse(file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                        .getFilename())
                .isEqualTo(state.march().getName() + "-考核结果排名表.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(file.getBody()))) {
            Row first = null;
            for (Row row : workbook.getSheetAt(0)) {
                for (var cell : row) {
                    if (cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().equals("王建国")) {
                        first = row;
                    }
                }
            }
            assertThat(first).as("row of 王建国").isNotNull();
            List<Double> numbers = new java.util.ArrayList<>();
            first.forEach(c -> {
                if (c.getCellType() == CellType.NUMERIC) {
                    numbers.add(c.getNumericCellValue());
                }
            });
            assertThat(numbers).contains(1.0, 96.0);
        }
    }

    @Test
    void thePublicNoticeIsStoredWhenTheNoticeOpens() {
        StoredReportSummary notice =
                stored(state.march(), ReportTrigger.NOTICE_OPENED).get(0);
        assertThat(notice.type()).isEqualTo(ReportType.PUBLIC_NOTICE);
        String text = pdfText(
                ReportType.PUBLIC_NOTICE, get("/api/reports/" + notice.id()).getBody());
        Campaign march = state.march();
        assertThat(text)
                .contains(
                        "结果公示",
                        "公示期",
                        ReportFunctions.date(march.getNoticeStart()
                                .atZoneSameInstant(KaoheZone.ZONE)
                                .toLocalDate()))
                // the last day of the notice "…日24时", as on the notice page (the end instant is the next midnight)
                .contains(ReportFunctions.date(march.getNoticeEnd()
                                .minusSeconds(1)
                                .atZoneSameInstant(KaoheZone.ZONE)
                                .toLocalDate())
                        + "24时")
                .contains("3个工作日", "绩效考核办公室")
                .contains(ReportScenario.NAMES.toArray(String[]::new));
    }

    @Test
    void finalisationStoresTheWholePack() {
        assertThat(stored(state.march(), ReportTrigger.FINALISED))
                .extracting(StoredReportSummary::type)
                .containsExactly(
                        ReportType.RANKING,
                        ReportType.GRADE_DISTRIBUTION,
                        ReportType.PERFORMANCE_PAY,
                        ReportType.APPEAL_REGISTER,
                        ReportType.SCORE_SHEET,
                        ReportType.RESULT_NOTICE,
                        ReportType.ANNUAL_ROLLUP);
        StoredReportSummary notices = stored(state.march(), ReportTrigger.FINALISED).stream()
                .filter(r -> r.type() == ReportType.RESULT_NOTICE)
                .findFirst()
                .orElseThrow();
        assertThat(notices.pageCount()).as("one page per cadre").isEqualTo(10);
    }

    @Test
    void theScoreSheetOfOneCadreShowsTheRatingsAndTheComment() {
        Assessment wang = assessmentOf(state.march(), 0);
        ResponseEntity<byte[]> file = get("/api/assessments/" + wang.getId() + "/reports/score-sheet");
        assertThat(ContentDisposition.parse(file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                        .getFilename())
                .isEqualTo(state.march().getName() + "-个人考核评分表-王建国.pdf");
        assertThat(pdfText(ReportType.SCORE_SHEET, file.getBody()))
                .contains("个人考核评分表", "王建国", "党政综合办", "主任")
                .contains("本月完成党政综合办各项工作")
                .contains("乡镇业绩考核工作领导小组", "（不记名）", "96")
                .contains("工作积极，同意小组测评意见。")
                .doesNotContain("李秀英");
    }

    @Test
    void theResultNoticeTellsGradeRankAndPay() {
        Assessment wang = assessmentOf(state.march(), 0);
        String text = pdfText(
                ReportType.RESULT_NOTICE,
                get("/api/assessments/" + wang.getId() + "/reports/result-notice")
                        .getBody());
        // seed 003 五: A等260元/人/月，按季度发放 — March is paid with February (A as well): 2 × 260
        assertThat(text)
                .contains("考核结果通知书", "王建国同志", "A等", "第1名（共10人）", "520.00元")
                .contains("向" + state.township().name() + "绩效考核办公室");
    }

    @Test
    void thePayReportReconcilesTheAmountsByGrade() {
        String text = pdfText(
                ReportType.PERFORMANCE_PAY,
                get("/api/campaigns/" + state.march().getId() + "/reports/performance-pay")
                        .getBody());
        // seed 003 五: A等260元/人/月、B等130元/人/月，C等和D等不发放
        assertThat(text).contains("绩效奖金分配表", "按等次定额发放", "260", "130");
    }

    @Test
    void theAnnualRollUpShowsTheGradesOfFebruaryAndMarch() {
        String text = pdfText(
                ReportType.ANNUAL_ROLLUP,
                get("/api/campaigns/" + state.march().getId() + "/reports/annual-rollup")
                        .getBody());
        // 王建国 was best in both months: A in February and March
        assertThat(text).contains("年度考核汇总表", "2月", "3月", "王建国", "A2");
    }

    @Test
    void errorsAreExplainedInChinese() {
        long march = state.march().getId();
        ResponseEntity<ErrorResponse> unknown =
                asOffice().getForEntity("/api/campaigns/" + march + "/reports/salary", ErrorResponse.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().code()).isEqualTo("REPORT-007");
        assertThat(unknown.getBody().message()).contains("salary", "ranking（考核结果排名表）");

        ResponseEntity<ErrorResponse> form = asOffice()
                .getForEntity("/api/campaigns/" + march + "/reports/score-sheet?format=xlsx", ErrorResponse.class);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(form.getBody().code()).isEqualTo("REPORT-003");
        assertThat(form.getBody().message()).contains("个人考核评分表");

        ResponseEntity<ErrorResponse> format =
                asOffice().getForEntity("/api/campaigns/" + march + "/reports/ranking?format=doc", ErrorResponse.class);
        assertThat(format.getBody().code()).isEqualTo("REPORT-008");
    }

    @Test
    void aCampaignNotYetRankedHasNoRankingAndNoNotice() {
        String tag = String.format("%06d", new Random().nextInt(1_000_000));
        ReportScenario.Township t = scenario.township(tag);
        Campaign open = scenario.opened(t, "2026-05", OffsetDateTime.parse("2026-06-01T09:00+08:00"));

        ResponseEntity<ErrorResponse> ranking =
                asOffice().getForEntity("/api/campaigns/" + open.getId() + "/reports/ranking", ErrorResponse.class);
        assertThat(ranking.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(ranking.getBody().code()).isEqualTo("REPORT-009");
        assertThat(ranking.getBody().message()).contains("尚未排名", open.getName());

        ResponseEntity<ErrorResponse> notice = asOffice()
                .getForEntity("/api/campaigns/" + open.getId() + "/reports/public-notice", ErrorResponse.class);
        assertThat(notice.getBody().code()).isEqualTo("REPORT-010");

        // the appeal register needs no ranking: it is empty but printable
        assertThat(get("/api/campaigns/" + open.getId() + "/reports/appeal-register")
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(reports.list(open.getId()).reports())
                .extracting(StoredReportSummary::type)
                .containsExactly(ReportType.APPEAL_REGISTER);
    }

    @Test
    void aReportThatCannotBeGeneratedAtAStepIsRecordedAndTheOthersAreStillStored() {
        String tag = String.format("%06d", new Random().nextInt(1_000_000));
        ReportScenario.Township t = scenario.township(tag);
        Campaign open = scenario.opened(t, "2026-07", OffsetDateTime.parse("2026-08-03T09:00+08:00"));

        List<StoredReport> stored = reports.generateForStep(
                open.getId(), List.of(ReportType.RANKING, ReportType.APPEAL_REGISTER), ReportTrigger.RANKED);

        assertThat(stored).extracting(StoredReport::getType).containsExactly(ReportType.APPEAL_REGISTER);
        ReportList list = reports.list(open.getId());
        assertThat(list.reports()).extracting(StoredReportSummary::trigger).containsExactly(ReportTrigger.RANKED);
        assertThat(list.failures()).singleElement().satisfies(f -> {
            assertThat(f.getType()).isEqualTo(ReportType.RANKING);
            assertThat(f.getTrigger()).isEqualTo(ReportTrigger.RANKED);
            assertThat(f.getMessage()).contains("尚未排名");
        });
    }

    @Autowired
    ReportGenerationListener reportJobs;

    @Autowired
    ReportClaims claims;

    @Autowired
    org.springframework.modulith.events.IncompleteEventPublications incompletePublications;

    @Autowired
    org.springframework.modulith.events.CompletedEventPublications completedPublications;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    java.time.Clock clock;

    @Test
    void everyStepsEventIsAPublicationToTheReportModuleCompletedOnceItsReportsAreStored() {
        long id = state.march().getId();
        List<Map<String, Object>> publications = jdbc.queryForList(
                "select event_type, completion_date from event_publication where listener_id = ? and serialized_event"
                        + " like ?",
                ReportGenerationListener.LISTENER_ID,
                "{\"campaignId\":" + id + ",%");
        assertThat(publications)
                .extracting(p -> ((String) p.get("event_type")).replace("cn.kaohe.campaign.CampaignEvent$", ""))
                .contains("Ranked", "NoticeOpened", "Finalised");
        assertThat(publications).allSatisfy(p -> assertThat(p.get("completion_date"))
                .as("completed: %s", p)
                .isNotNull());
        assertThat(jdbc.queryForList("select done_at from report_claim where campaign_id = ?", Object.class, id))
                .isNotEmpty()
                .doesNotContainNull();
    }

    @Test
    void aPublicationLeftByANodeThatDiedIsResumedAndStoresEachReportOnce() {
        long id = state.march().getId();
        java.time.Instant now = clock.instant();
        // a node claimed the ranking's publication a minute ago, stored the ranking and died (its lease ran out) ...
        java.util.UUID dead = java.util.UUID.randomUUID();
        java.util.UUID deadPublication = publish(dead, id, now.minusSeconds(60));
        claimed(dead, id, now.minusSeconds(60), now.minusSeconds(1));
        reports.generateForStep(id, List.of(ReportType.RANKING), ReportTrigger.RANKED);
        // ... while another node holds a live claim on a publication of its own
        java.util.UUID live = java.util.UUID.randomUUID();
        java.util.UUID livePublication = publish(live, id, now.minusSeconds(60));
        claimed(live, id, now.minusSeconds(60), now.plusSeconds(600));
        try {
            reportJobs.resubmit(java.time.Duration.ZERO); // what every node's poll (and start-up) does
            // the scheduled poll of this context may have taken it
            awaitCompleted(deadPublication, "the dead node's publication resumed");
            // the ranking the dead node stored is kept, the distribution it never got to is stored: once each
            assertThat(rankedSince(id, now.minusSeconds(60)))
                    .containsExactly(Map.entry("GRADE_DISTRIBUTION", 1), Map.entry("RANKING", 1));
            assertThat(completion(livePublication))
                    .as("a publication whose claim is live is left to its node")
                    .isNull();
            assertThat(jdbc.queryForObject("select attempts from report_claim where event_id = ?", Integer.class, live))
                    .isEqualTo(1);

            // the resuming node died after storing the reports, before the registry marked the publication completed:
            // a second resubmission finds the work done and completes it without rendering anything again
            jdbc.update("update event_publication set completion_date = null where id = ?", deadPublication);
            reportJobs.resubmit(java.time.Duration.ZERO);
            awaitCompleted(deadPublication, "the publication of done work completed");
            assertThat(rankedSince(id, now.minusSeconds(60)))
                    .containsExactly(Map.entry("GRADE_DISTRIBUTION", 1), Map.entry("RANKING", 1));
        } finally {
            jdbc.update("delete from event_publication where id in (?, ?)", deadPublication, livePublication);
            jdbc.update("delete from report_claim where event_id in (?, ?)", dead, live);
        }
    }

    /** A publication of a Ranked event to the report listener, as the registry stores it in the step's transaction. */
    private java.util.UUID publish(java.util.UUID eventId, long campaignId, java.time.Instant at) {
        java.util.UUID publication = java.util.UUID.randomUUID();
        jdbc.update(
                "insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)"
                        + " values (?, ?, ?, ?, ?)",
                publication,
                ReportGenerationListener.LISTENER_ID,
                CampaignEvent.Ranked.class.getName(),
                "{\"campaignId\":" + campaignId + ",\"eventId\":\"" + eventId + "\"}",
                java.sql.Timestamp.from(at));
        return publication;
    }

    private void claimed(java.util.UUID eventId, long campaignId, java.time.Instant at, java.time.Instant until) {
        jdbc.update(
                "insert into report_claim (event_id, campaign_id, trigger_kind, created_at, attempts, claimed_until)"
                        + " values (?, ?, 'RANKED', ?, 1, ?)",
                eventId,
                campaignId,
                java.sql.Timestamp.from(at),
                java.sql.Timestamp.from(until));
    }

    private Object completion(java.util.UUID publication) {
        return jdbc.queryForObject(
                "select completion_date from event_publication where id = ?", Object.class, publication);
    }

    private void awaitCompleted(java.util.UUID publication, String what) {
        long end = System.nanoTime() + 60_000_000_000L;
        while (completion(publication) == null) {
            assertThat(System.nanoTime()).as(what).isLessThan(end);
            sleep(200);
        }
    }

    private Map<String, Integer> rankedSince(long campaignId, java.time.Instant since) {
        Map<String, Integer> byType = new java.util.TreeMap<>();
        jdbc.query(
                "select report_type, count(*) from stored_report where campaign_id = ? and trigger_kind = 'RANKED'"
                        + " and generated_at >= ? group by report_type",
                rs -> {
                    byType.put(rs.getString(1), rs.getInt(2));
                },
                campaignId,
                java.sql.Timestamp.from(since));
        return byType;
    }

    @Autowired
    StoredReportContent contents;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    org.springframework.modulith.events.core.EventPublicationRegistry registry;

    @Autowired
    org.springframework.modulith.events.support.CompletionRegisteringAdvisor completion;

    @Test
    void afterCommitAStepsReportsAreStoredByTheReportThreadOnceEachAndOnlyThenIsItsPublicationCompleted()
            throws Exception {
        long id = state.march().getId();
        ReportGenerationListener target = new ReportGenerationListener(
                reports,
                claims,
                incompletePublications,
                completedPublications,
                clock,
                false,
                "background",
                java.time.Duration.ofDays(7));
        // as the context wires it in production: the registry's completion around the listener
        org.springframework.aop.framework.ProxyFactory proxy =
                new org.springframework.aop.framework.ProxyFactory(target);
        proxy.setProxyTargetClass(true);
        proxy.addAdvisor(completion);
        ReportGenerationListener background = (ReportGenerationListener) proxy.getProxy();
        try {
            CampaignEvent.ResultsChanged step = new CampaignEvent.ResultsChanged(id, 0L);
            new org.springframework.transaction.support.TransactionTemplate(transactions)
                    .executeWithoutResult(s -> registry.store(
                            step,
                            java.util.stream.Stream.of(
                                    org.springframework.modulith.events.core.PublicationTargetIdentifier.of(
                                            ReportGenerationListener.LISTENER_ID)))); // the step's transaction
            String caller = Thread.currentThread().getName();

            // claims the step's work and hands it over to the report thread
            java.util.concurrent.CompletableFuture<Void> stored = background.on(step);
            assertThat(jdbc.queryForObject(
                            "select count(*) from report_claim where event_id = ?", Integer.class, step.eventId()))
                    .as("claimed by the committing thread")
                    .isEqualTo(1);

            stored.get(120, java.util.concurrent.TimeUnit.SECONDS);
            List<StoredReportSummary> changed = stored(state.march(), ReportTrigger.RESULTS_CHANGED);
            assertThat(changed)
                    .extracting(StoredReportSummary::type)
                    .containsExactly(ReportType.RANKING, ReportType.GRADE_DISTRIBUTION, ReportType.PUBLIC_NOTICE);
            assertThat(changed).allSatisfy(r -> assertThat(r.generatedBy()).isEqualTo("system"));
            assertThat(caller).isNotEqualTo("report-jobs");
            assertThat(jdbc.queryForObject(
                            "select done_at from report_claim where event_id = ?", Object.class, step.eventId()))
                    .isNotNull();
            java.sql.Timestamp completed = jdbc.queryForObject(
                    "select completion_date from event_publication where serialized_event like ?",
                    java.sql.Timestamp.class,
                    "%" + step.eventId() + "%");
            java.sql.Timestamp lastReport = jdbc.queryForObject(
                    "select max(generated_at) from stored_report where campaign_id = ? and trigger_kind ="
                            + " 'RESULTS_CHANGED'",
                    java.sql.Timestamp.class,
                    id);
            assertThat(completed)
                    .as("the publication is completed once the last report is stored")
                    .isNotNull()
                    .isAfterOrEqualTo(lastReport);
            // delivered again (a restart, another node): done, nothing rendered again
            background.on(step).get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(stored(state.march(), ReportTrigger.RESULTS_CHANGED)).hasSize(3);
        } finally {
            target.destroy();
        }
    }

    @Test
    void aStoredFileLargerThanOnePieceIsDownloadedWholeAndByRange() {
        byte[] bytes = new byte[StoredReportContent.CHUNK_BYTES * 2 + 12_345];
        new Random(19).nextBytes(bytes);
        long id = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(s -> {
            jdbc.update(
                    "insert into stored_report (campaign_id, report_type, format, file_name, size_bytes, page_count,"
                            + " checksum, data_version, data_time, generated_at, generated_by, trigger_kind)"
                            + " values (?, 'APPEAL_REGISTER', 'PDF', '大文件.pdf', ?, 1, ?, 'v', ?, ?, 'system',"
                            + " 'ON_DEMAND')",
                    state.march().getId(),
                    bytes.length,
                    ReproducibleOutput.sha256(bytes),
                    java.sql.Timestamp.from(clock.instant()),
                    java.sql.Timestamp.from(clock.instant()));
            long reportId = jdbc.queryForObject("select max(id) from stored_report", Long.class);
            try {
                contents.write(reportId, new java.io.ByteArrayInputStream(bytes));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return reportId;
        });
        try {
            assertThat(jdbc.queryForObject(
                            "select count(*) from stored_report_chunk where report_id = ?", Integer.class, id))
                    .isEqualTo(3);
            ResponseEntity<byte[]> whole = get("/api/reports/" + id);
            assertThat(whole.getBody()).isEqualTo(bytes);
            assertThat(whole.getHeaders().getContentLength()).isEqualTo(bytes.length);

            HttpHeaders range = new HttpHeaders();
            range.set(HttpHeaders.RANGE, "bytes=1048000-2097999");
            ResponseEntity<byte[]> part = asOffice()
                    .exchange(
                            "/api/reports/" + id,
                            org.springframework.http.HttpMethod.GET,
                            new org.springframework.http.HttpEntity<>(range),
                            byte[].class);
            assertThat(part.getStatusCode()).isEqualTo(HttpStatus.PARTIAL_CONTENT);
            assertThat(part.getBody()).isEqualTo(java.util.Arrays.copyOfRange(bytes, 1_048_000, 2_098_000));
        } finally {
            jdbc.update("delete from stored_report_chunk where report_id = ?", id);
            jdbc.update("delete from stored_report where id = ?", id);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private List<StoredReportSummary> stored(Campaign campaign, ReportTrigger trigger) {
        ReportList list = reports.list(campaign.getId());
        return list.reports().stream().filter(r -> r.trigger() == trigger).collect(Collectors.toList());
    }

    private Assessment assessmentOf(Campaign campaign, int cadre) {
        long cadreId = state.township().cadreIds().get(cadre);
        return campaigns.assessments(campaign.getId()).stream()
                .filter(a -> a.getCadreId() == cadreId)
                .findFirst()
                .orElseThrow();
    }

    private ResponseEntity<byte[]> get(String url) {
        ResponseEntity<byte[]> response = asOffice().getForEntity(url, byte[].class);
        assertThat(response.getStatusCode())
                .as(
                        "%s: %s",
                        url,
                        response.getBody() == null
                                ? ""
                                : new String(response.getBody(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(HttpStatus.OK);
        return response;
    }

    private static String pdfText(ReportType type, byte[] pdf) {
        RenderedReport report = new RenderedReport(type, ReportFormat.PDF, type.template() + ".pdf", pdf, 0);
        RenderedDocuments.assertChineseFontEmbedded(report);
        return RenderedDocuments.pdfText(report);
    }
}
