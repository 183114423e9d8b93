package cn.kaohe.report;

import cn.kaohe.audit.CurrentActor;
import cn.kaohe.campaign.Assessment;
import cn.kaohe.campaign.CampaignService;
import cn.kaohe.report.model.ReportDocument;
import cn.kaohe.scoring.model.PayMode;
import cn.kaohe.shared.Cycle;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.KaoheZone;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates, stores and serves the report pack of a campaign: builds the read model from the current data,
 * renders it, makes the file reproducible (the time printed is the data's, not the clock's), stores it
 * with its SHA-256 checksum and data version. Automatic generation at the campaign's steps never fails the
 * workflow: a report that cannot be generated is logged and recorded in {@code report_failure}.
 */
@Service
public class ReportService {

    private static final Logger log = LoggerFactory.getLogger(ReportService.class);

    private final CampaignDataLoader loader;
    private final ReportRenderer renderer;
    private final StoredReportRepository stored;
    private final StoredReportContent contents;
    private final ReportProperties properties;
    private final ReportFailureRepository failures;
    private final CampaignService campaigns;
    private final CurrentActor actor;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final TransactionTemplate newReadOnlyTransaction;

    ReportService(
            CampaignDataLoader loader,
            ReportRenderer renderer,
            StoredReportRepository stored,
            StoredReportContent contents,
            ReportProperties properties,
            ReportFailureRepository failures,
            CampaignService campaigns,
            CurrentActor actor,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.loader = loader;
        this.renderer = renderer;
        this.stored = stored;
        this.contents = contents;
        this.properties = properties;
        this.failures = failures;
        this.campaigns = campaigns;
        this.actor = actor;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.newReadOnlyTransaction = new TransactionTemplate(transactions);
        this.newReadOnlyTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.newReadOnlyTransaction.setReadOnly(true);
    }

    /** Stored reports and failed automatic generations of a campaign. */
    public record ReportList(List<StoredReportSummary> reports, List<ReportFailure> failures) {}

    public ReportList list(long campaignId) {
        campaigns.campaign(campaignId); // 404 for an unknown campaign
        return new ReportList(stored.summaries(campaignId), failures.findByCampaignIdOrderByIdAsc(campaignId));
    }

    /** A stored report (its description; the bytes are read with {@link #content}). */
    public StoredReport download(long storedReportId) {
        return stored.findById(storedReportId).orElseThrow(() -> KaoheException.notFound("报表", storedReportId));
    }

    /** The bytes of a stored report, byte for byte as it was stored, read piece by piece. */
    public InputStream content(StoredReport report) {
        return contents.open(report.getId());
    }

    /**
     * Renders {@code type} from the current data and stores it as ON_DEMAND (an identical stored file is
     * reused). {@code groupByUnit} null: grouped when the campaign spans more than one unit, as at the steps.
     */
    public StoredReport onDemand(long campaignId, ReportType type, ReportFormat format, Boolean groupByUnit) {
        if (!type.formats().contains(format)) {
            throw new KaoheException(ReportError.FORMAT_NOT_SUPPORTED, type.title(), format.name());
        }
        CampaignData data = newReadOnlyTransaction.execute(s -> loader.load(campaignId));
        return generate(
                data,
                type,
                format,
                null,
                groupByUnit == null ? groupByUnit(data) : groupByUnit,
                ReportTrigger.ON_DEMAND);
    }

    /** One cadre's score sheet or result notice (PDF), rendered now and stored as ON_DEMAND. */
    public StoredReport forAssessment(long assessmentId, ReportType type) {
        if (type != ReportType.SCORE_SHEET && type != ReportType.RESULT_NOTICE) {
            throw new KaoheException(ReportError.UNKNOWN_TYPE, type.template(), "score-sheet、result-notice");
        }
        Assessment assessment = campaigns.assessment(assessmentId);
        CampaignData data = newReadOnlyTransaction.execute(s -> loader.load(assessment.getCampaignId()));
        return generate(data, type, ReportFormat.PDF, assessmentId, false, ReportTrigger.ON_DEMAND);
    }

    /**
     * Generates {@code types} (PDF) for a step of the campaign, each in its own new transaction; a failure
     * is logged and recorded, and the others are still generated. Never throws.
     *
     * @return the reports stored
     */
    public List<StoredReport> generateForStep(long campaignId, List<ReportType> types, ReportTrigger trigger) {
        return generateForStep(campaignId, types, trigger, () -> {});
    }

    /**
     * As above; {@code beforeEach} runs before each report (the report claim (ADR 0024) renews its lease there, and stops
     * the run by throwing when another node has taken the claim over).
     */
    public List<StoredReport> generateForStep(
            long campaignId, List<ReportType> types, ReportTrigger trigger, Runnable beforeEach) {
        CampaignData data;
        try {
            data = newReadOnlyTransaction.execute(s -> loader.load(campaignId));
        } catch (RuntimeException e) {
            types.forEach(type -> recordFailure(campaignId, type, trigger, e));
            return List.of();
        }
        List<StoredReport> result = new ArrayList<>();
        for (ReportType type : types) {
            beforeEach.run();
            try {
                result.add(generate(data, type, ReportFormat.PDF, null, groupByUnit(data), trigger));
            } catch (RuntimeException e) {
                recordFailure(campaignId, type, trigger, e);
            }
        }
        return result;
    }

    /** The reports a step produces for this campaign (the pay report only where the scheme pays, …). */
    public List<ReportType> typesFor(long campaignId, ReportTrigger trigger) {
        return newReadOnlyTransaction.execute(s -> typesIn(campaignId, trigger).stream()
                .filter(t -> t != ReportType.PUBLIC_NOTICE || loader.publicNotice(campaignId))
                .toList());
    }

    private List<ReportType> typesIn(long campaignId, ReportTrigger trigger) {
        var campaign = campaigns.campaign(campaignId);
        return switch (trigger) {
            case RANKED -> List.of(ReportType.RANKING, ReportType.GRADE_DISTRIBUTION);
            case NOTICE_OPENED -> List.of(ReportType.PUBLIC_NOTICE);
            case RESULTS_CHANGED ->
                campaign.getNoticeStart() == null
                        ? List.of(ReportType.RANKING, ReportType.GRADE_DISTRIBUTION)
                        : List.of(ReportType.RANKING, ReportType.GRADE_DISTRIBUTION, ReportType.PUBLIC_NOTICE);
            case FINALISED -> {
                List<ReportType> pack = new ArrayList<>(List.of(ReportType.RANKING, ReportType.GRADE_DISTRIBUTION));
                if (loader.payMode(campaignId) != PayMode.NONE) {
                    pack.add(ReportType.PERFORMANCE_PAY);
                }
                pack.add(ReportType.APPEAL_REGISTER);
                pack.add(ReportType.SCORE_SHEET);
                pack.add(ReportType.RESULT_NOTICE);
                if (campaign.getCycle() != Cycle.ANNUAL) {
                    pack.add(ReportType.ANNUAL_ROLLUP);
                }
                yield pack;
            }
            case ON_DEMAND -> List.of();
        };
    }

    private StoredReport generate(
            CampaignData data,
            ReportType type,
            ReportFormat format,
            Long assessmentId,
            boolean groupByUnit,
            ReportTrigger trigger) {
        ReportDocument draft = new ReadModels(data).build(type, assessmentId, groupByUnit);
        String version = DataVersions.of(draft);
        ReportDocument document = DataVersions.withVersion(draft, version);
        String fileName = fileName(data, type, format, assessmentId);
        long campaignId = data.campaign().getId();
        String by = actor.name();
        // the file goes from the exporter to a temporary file and from there, as a stream, into the store
        Path file = null;
        try {
            file = Files.createTempFile(Path.of(properties.swapDirectory()), "kaohe-report-", "." + format.extension());
            int pages;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                pages = renderer.render(document, format, out);
            }
            String checksum = ReproducibleOutput.apply(format, file, data.dataTime());
            long size = Files.size(file);
            Path content = file;
            return newTransaction.execute(s -> {
                if (trigger == ReportTrigger.ON_DEMAND) {
                    var same = stored.findFirstByCampaignIdAndTypeAndFormatAndChecksumOrderByIdAsc(
                            campaignId, type, format, checksum);
                    if (same.isPresent() && java.util.Objects.equals(same.get().getAssessmentId(), assessmentId)) {
                        return same.get();
                    }
                }
                StoredReport report = stored.save(new StoredReport(
                        campaignId,
                        assessmentId,
                        type,
                        format,
                        fileName,
                        size,
                        pages,
                        checksum,
                        version,
                        data.dataTime().atZone(KaoheZone.ZONE).toOffsetDateTime(),
                        OffsetDateTime.now(clock),
                        by,
                        trigger));
                try (InputStream in = Files.newInputStream(content)) {
                    contents.write(report.getId(), in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                log.info(
                        "Stored {} {} of campaign {} ({}, {} bytes, {} pages, data version {})",
                        type,
                        format,
                        campaignId,
                        trigger,
                        size,
                        pages,
                        version);
                return report;
            });
        } catch (IOException | UncheckedIOException e) {
            log.error("Storing {} as {} failed", type, format, e);
            throw new KaoheException(ReportError.RENDERING_FAILED, type.title(), e.getMessage());
        } finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the temporary report file {}", file, e);
            }
        }
    }

    private void recordFailure(long campaignId, ReportType type, ReportTrigger trigger, RuntimeException e) {
        log.error("Automatic generation of {} for campaign {} ({}) failed", type, campaignId, trigger, e);
        try {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            newTransaction.executeWithoutResult(s -> failures.save(new ReportFailure(
                    campaignId,
                    type,
                    trigger,
                    message.length() > 2000 ? message.substring(0, 2000) : message,
                    OffsetDateTime.now(clock))));
        } catch (RuntimeException again) {
            log.error("Could not record the failure of {} for campaign {}", type, campaignId, again);
        }
    }

    /** Group the ranking by unit when the campaign spans more than one unit. */
    private static boolean groupByUnit(CampaignData data) {
        return data.assessments().stream()
                        .map(a -> data.cadre(a).unitName())
                        .distinct()
                        .count()
                > 1;
    }

    /** e.g. 大栗港镇2026年度考核-考核结果排名表.pdf; one cadre's: …-个人考核评分表-张三.pdf. */
    static String fileName(CampaignData data, ReportType type, ReportFormat format, Long assessmentId) {
        String base = data.campaign().getName() + "-" + type.title();
        if (assessmentId != null) {
            base += data.assessments().stream()
                    .filter(a -> a.getId().equals(assessmentId))
                    .findFirst()
                    .map(a -> "-" + data.cadre(a).name())
                    .orElse("");
        }
        return base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + "." + format.extension();
    }

    /** The report type named in a URL: the template name (ranking, grade-distribution, …) or the enum name. */
    public static ReportType type(String name) {
        String n = name == null ? "" : name.trim();
        for (ReportType t : ReportType.values()) {
            if (t.template().equalsIgnoreCase(n) || t.name().equalsIgnoreCase(n.replace('-', '_'))) {
                return t;
            }
        }
        throw new KaoheException(
                ReportError.UNKNOWN_TYPE,
                n,
                Arrays.stream(ReportType.values())
                        .map(t -> t.template() + "（" + t.title() + "）")
                        .collect(Collectors.joining("、")));
    }

    /** pdf or xlsx (PDF when blank). */
    public static ReportFormat format(String name) {
        if (name == null || name.isBlank()) {
            return ReportFormat.PDF;
        }
        try {
            return ReportFormat.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new KaoheException(ReportError.UNKNOWN_FORMAT, name);
        }
    }
}
