package cn.kaohe.report;

import cn.kaohe.report.jasper.RecordDataSource;
import cn.kaohe.report.model.AnnualRollupReport;
import cn.kaohe.report.model.RankingReport;
import cn.kaohe.report.model.ReportDocument;
import cn.kaohe.report.xlsx.ReportDataSheets;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.KaoheZone;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRVirtualizer;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.fill.JRAbstractLRUVirtualizer;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Renders the report pack: compiles each {@code reports/*.jrxml} once (cached, thread-safe), fills it
 * from a read model through {@link RecordDataSource} and exports PDF; XLSX is a data sheet written from the same
 * read model by {@link ReportDataSheets}. Large reports are filled
 * through a swap-file virtualizer so memory stays bounded.
 *
 * <p>Template parameters: {@code DOC} (the read model), {@code HEADER} (its header) and Jasper's own
 * (locale zh_CN, time zone {@link KaoheZone}).
 */
@Service
public class ReportRenderer {

    private static final Logger log = LoggerFactory.getLogger(ReportRenderer.class);
    private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final TimeZone TIME_ZONE = TimeZone.getTimeZone(KaoheZone.ZONE);

    private final ReportProperties properties;
    private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();
    private final Map<TemplateKey, JasperReport> compiled = new ConcurrentHashMap<>();

    /** A template, and for templates with column slots how many slots are used. */
    private record TemplateKey(ReportType type, int usedSlots) {}

    public ReportRenderer(ReportProperties properties) {
        this.properties = properties;
    }

    /** The compiled template with all column slots, compiled on first use and cached. */
    public JasperReport template(ReportType type) {
        return compiled.computeIfAbsent(
                new TemplateKey(
                        type, ColumnSlots.of(type).map(ColumnSlots::count).orElse(0)),
                this::compile);
    }

    /** The compiled template for {@code document}: unused column slots removed, cached per slot count. */
    JasperReport template(ReportDocument document) {
        return compiled.computeIfAbsent(new TemplateKey(document.type(), ColumnSlots.used(document)), this::compile);
    }

    private JasperReport compile(TemplateKey key) {
        ReportType type = key.type();
        long start = System.nanoTime();
        try (InputStream jrxml = ReportRenderer.class.getClassLoader().getResourceAsStream(type.templatePath())) {
            if (jrxml == null) {
                throw new KaoheException(ReportError.TEMPLATE_MISSING, type.templatePath());
            }
            JasperDesign design = JRXmlLoader.load(context, jrxml);
            ColumnSlots.of(type).ifPresent(slots -> slots.keep(design, key.usedSlots()));
            JasperReport report = JasperCompileManager.getInstance(context).compile(design);
            log.info(
                    "Compiled {} ({} slots) in {} ms",
                    type.templatePath(),
                    key.usedSlots(),
                    (System.nanoTime() - start) / 1_000_000);
            return report;
        } catch (JRException | IOException e) {
            log.error("Cannot compile {}", type.templatePath(), e);
            throw new KaoheException(ReportError.TEMPLATE_MISSING, type.templatePath() + "（" + e.getMessage() + "）");
        }
    }

    /**
     * Fills and exports {@code document} into memory (tests and small files; the stored reports go through
     * {@link #render(ReportDocument, ReportFormat, OutputStream)}).
     */
    public RenderedReport render(ReportDocument document, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = render(document, format, out);
        return new RenderedReport(document.type(), format, fileName(document, format), out.toByteArray(), pages);
    }

    /**
     * Fills and exports {@code document} straight into {@code out} (not closed); validates it fully before any
     * work. Large reports are filled through the swap-file virtualizer, and the exporter writes page after page, so
     * the heap holds neither all the pages nor the whole file.
     *
     * @return the number of pages (1 for XLSX)
     */
    public int render(ReportDocument document, ReportFormat format, OutputStream out) {
        ReportType type = document.type();
        if (!type.formats().contains(format)) {
            throw new KaoheException(ReportError.FORMAT_NOT_SUPPORTED, type.title(), format.name());
        }
        validate(document);
        if (format == ReportFormat.XLSX) {
            // a data sheet, not the print layout: one header row, numbers as numbers (docs/adr/0015)
            try {
                out.write(ReportDataSheets.xlsx(document));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return 1;
        }
        JasperReport template = template(document);
        JRAbstractLRUVirtualizer virtualizer =
                document.rows().size() > properties.virtualizeAboveRows() ? virtualizer() : null;
        try {
            JasperPrint print = fill(template, document, format, virtualizer);
            if (virtualizer != null) {
                virtualizer.setReadOnly(true);
            }
            exportPdf(print, document, out);
            return print.getPages().size();
        } catch (JRException e) {
            log.error("Rendering {} as {} failed", type, format, e);
            throw new KaoheException(ReportError.RENDERING_FAILED, type.title(), e.getMessage());
        } finally {
            if (virtualizer != null) {
                virtualizer.cleanup();
            }
        }
    }

    private JRAbstractLRUVirtualizer virtualizer() {
        return new JRSwapFileVirtualizer(
                properties.virtualizerMaxPages(), new JRSwapFile(context, properties.swapDirectory(), 4096, 256), true);
    }

    /** Fills without exporting (used by tests and the benchmark); the caller cleans up the virtualizer. */
    public JasperPrint fill(ReportDocument document, ReportFormat format, JRVirtualizer virtualizer)
            throws JRException {
        validate(document);
        return fill(template(document), document, format, virtualizer);
    }

    private JasperPrint fill(
            JasperReport template, ReportDocument document, ReportFormat format, JRVirtualizer virtualizer)
            throws JRException {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("DOC", document);
        parameters.put("HEADER", document.header());
        parameters.put(JRParameter.REPORT_LOCALE, LOCALE);
        parameters.put(JRParameter.REPORT_TIME_ZONE, TIME_ZONE);
        if (format == ReportFormat.XLSX) {
            // one continuous sheet: no page breaks, page header and column header printed once
            parameters.put(JRParameter.IS_IGNORE_PAGINATION, Boolean.TRUE);
        }
        if (virtualizer != null) {
            parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        }
        return JasperFillManager.getInstance(context).fill(template, parameters, new RecordDataSource(document.rows()));
    }

    private static void validate(ReportDocument document) {
        if (document instanceof RankingReport ranking) {
            int categories = ranking.categoryNames().size();
            if (categories > RankingReport.MAX_CATEGORIES) {
                throw new KaoheException(ReportError.TOO_MANY_CATEGORIES, categories, RankingReport.MAX_CATEGORIES);
            }
            for (var row : ranking.rows()) {
                if (row.categoryScores().size() != categories) {
                    throw new KaoheException(
                            ReportError.INCONSISTENT_DATA,
                            "第 " + row.rank() + " 名 " + row.cadreName() + " 的分类得分有 "
                                    + row.categoryScores().size() + " 项，考核类别有 " + categories + " 个");
                }
            }
        }
        if (document instanceof AnnualRollupReport rollup) {
            int periods = rollup.periodLabels().size();
            if (periods > AnnualRollupReport.MAX_PERIODS) {
                throw new KaoheException(ReportError.TOO_MANY_PERIODS, periods, AnnualRollupReport.MAX_PERIODS);
            }
            for (var row : rollup.rows()) {
                if (row.periodGrades().size() > periods) {
                    throw new KaoheException(
                            ReportError.INCONSISTENT_DATA,
                            row.cadreName() + " 有 " + row.periodGrades().size() + " 个周期的等次，表头只有 " + periods + " 个周期");
                }
            }
        }
    }

    private void exportPdf(JasperPrint print, ReportDocument document, OutputStream out) throws JRException {
        JRPdfExporter exporter = new JRPdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(
                document.type().title() + " " + document.header().campaign());
        configuration.setMetadataAuthor(document.header().township());
        configuration.setMetadataCreator("Kaohe 考核");
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }

    /** e.g. 考核结果排名表-2021年度机关干部目标管理考核.pdf; characters file systems reject become _. */
    static String fileName(ReportDocument document, ReportFormat format) {
        String base = document.type().title() + "-" + document.header().campaign();
        return base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + "." + format.extension();
    }
}
