package cn.kaohe.org;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo township 大栗港镇 (seed 000): units from {@code demo/units.csv}, cadres through the real
 * roster import from {@code demo/roster.csv}. Idempotent: units are created when missing (by code), and
 * a second import of the same roster changes nothing. Runs at start-up when {@code kaohe.demo.enabled}
 * is true (the {@code demo} profile); tests call {@link #load()} directly.
 */
@Component
@Order(0)
public class DemoTownship implements ApplicationRunner {

    static final String UNITS = "demo/units.csv";
    static final String ROSTER = "demo/roster.csv";
    private static final String REASON = "演示数据（大栗港镇）";
    private static final Logger log = LoggerFactory.getLogger(DemoTownship.class);

    private final boolean enabled;
    private final OrgService org;
    private final OrgUnitRepository units;
    private final RosterImport rosterImport;

    DemoTownship(
            @Value("${kaohe.demo.enabled:false}") boolean enabled,
            OrgService org,
            OrgUnitRepository units,
            RosterImport rosterImport) {
        this.enabled = enabled;
        this.org = org;
        this.units = units;
        this.rosterImport = rosterImport;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            ImportSummary summary = load();
            log.info(
                    "Demo township 大栗港镇 loaded: {} cadres created, {} updated, {} unchanged",
                    summary.created(),
                    summary.updated(),
                    summary.unchanged());
        }
    }

    /** Creates the missing demo units, then imports the demo roster. */
    @Transactional
    public ImportSummary load() {
        Map<String, Long> ids = new HashMap<>();
        units.findAll().forEach(u -> ids.put(u.getCode(), u.getId()));
        for (CSVRecord r : csv(UNITS)) {
            String code = r.get("编码");
            if (!ids.containsKey(code)) {
                UnitKind kind = Labelled.parse(UnitKind.class, r.get("类别"))
                        .orElseThrow(() -> new IllegalStateException("bad unit kind in " + UNITS + ": " + r));
                String parent = r.get("上级编码");
                UnitDetail unit = org.createUnit(
                        code,
                        r.get("名称"),
                        kind,
                        parent.isBlank() ? null : ids.get(parent),
                        Integer.parseInt(r.get("排序")),
                        REASON);
                ids.put(code, unit.id());
            }
        }
        return rosterImport.importRoster("roster.csv", bytes(ROSTER), false, REASON);
    }

    private static Iterable<CSVRecord> csv(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream();
                CSVParser parser = CSVParser.parse(
                        new InputStreamReader(in, StandardCharsets.UTF_8),
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .setTrim(true)
                                .get())) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
