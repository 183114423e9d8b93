package cn.kaohe.calendar;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.audit.CurrentActor;
import cn.kaohe.calendar.HolidayArrangementParser.Format;
import cn.kaohe.org.OrgLookups;
import cn.kaohe.shared.CommonError;
import cn.kaohe.shared.DayKind;
import cn.kaohe.shared.Deadlines;
import cn.kaohe.shared.HolidayArrangement;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.NoticeWindow;
import cn.kaohe.shared.Problem;
import cn.kaohe.shared.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current working-day calendar: the built-in years (classpath {@code calendar/cn-holidays.yaml})
 * plus the years the office loaded, a loaded year superseding the built-in one.
 *
 * <p>The calendar is cached per node and rebuilt from the database whenever the fingerprint of the
 * {@code holiday_arrangement} table changes: row count and highest revision (one aggregate query per
 * call; every write takes a new revision from a sequence, so any insert, update or delete changes it).
 * Every node therefore answers from the same database state and no node keeps state of its own.
 */
@Service
public class HolidayCalendarService {

    static final String AUDIT_ENTITY = "HolidayArrangement";
    static final String AUDIT_ACTION = "HOLIDAY_ARRANGEMENT_LOADED";
    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 2100;
    private static final Logger log = LoggerFactory.getLogger(HolidayCalendarService.class);

    private final Map<Integer, HolidayArrangement> builtIn;
    private final LoadedHolidayArrangementRepository loaded;
    private final JdbcTemplate jdbc;
    private final OrgLookups people;
    private final AuditTrail auditTrail;
    private final CurrentActor currentActor;
    private final CalendarProperties properties;
    private final Clock clock;
    private volatile Snapshot snapshot;

    HolidayCalendarService(
            LoadedHolidayArrangementRepository loaded,
            JdbcTemplate jdbc,
            OrgLookups people,
            AuditTrail auditTrail,
            CurrentActor currentActor,
            CalendarProperties properties,
            Clock clock) {
        this.builtIn = HolidayArrangementParser.builtIn();
        this.loaded = loaded;
        this.jdbc = jdbc;
        this.people = people;
        this.auditTrail = auditTrail;
        this.currentActor = currentActor;
        this.properties = properties;
        this.clock = clock;
    }

    /** The calendar as the database has it now. */
    @Transactional(readOnly = true)
    public WorkingDayCalendar calendar() {
        return current().calendar();
    }

    /** A public notice of {@code workingDays} working days opened at {@code openedAt}, with the configured cut-off. */
    @Transactional(readOnly = true)
    public NoticeWindow noticeWindow(Instant openedAt, int workingDays) {
        return noticeWindow(openedAt, workingDays, null);
    }

    /** As {@link #noticeWindow(Instant, int)} with a scheme's own cut-off (null: the configured one). */
    @Transactional(readOnly = true)
    public NoticeWindow noticeWindow(Instant openedAt, int workingDays, java.time.LocalTime cutOff) {
        return calendar().noticeWindow(openedAt, workingDays, cutOff != null ? cutOff : properties.noticeCutOff());
    }

    /** The configured appeal deadlines (calendar time). */
    public Deadlines deadlines() {
        return new Deadlines(properties.appealForwarding(), properties.appealDecision(), WorkingDayCalendar.ZONE);
    }

    /** Every year the calendar knows, ascending. */
    @Transactional(readOnly = true)
    public List<CalendarYear> years() {
        Snapshot s = current();
        return s.calendar().years().stream().map(y -> summary(s, y)).toList();
    }

    /** The arrangement of {@code year} and each of its days; 404 if the year is not known. */
    @Transactional(readOnly = true)
    public CalendarYearDetail year(int year) {
        Snapshot s = current();
        if (!s.calendar().covers(year)) {
            throw KaoheException.notFound("法定节假日安排", year + "年");
        }
        return detail(s, year);
    }

    /**
     * Loads (or replaces) the arrangement of {@code year} from a YAML or JSON document. The document is
     * validated fully first; an invalid one changes nothing. The change is audited with before/after.
     */
    @Transactional
    public CalendarYearDetail load(int year, String document, Format format, String reason) {
        // the year's and the document's problems at once (issue 16)
        List<Problem> problems = new ArrayList<>();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            problems.add(Problem.ofField("year", "年份应在 " + MIN_YEAR + " 至 " + MAX_YEAR + " 之间"));
        }
        HolidayArrangement arrangement = null;
        try {
            arrangement = HolidayArrangementParser.parseYear(year, document, format);
        } catch (KaoheException e) {
            if (e.problems().isEmpty() || problems.isEmpty()) {
                throw e; // the document's own error (CAL-002 with its places) when the year is fine
            }
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw KaoheException.invalid(problems);
        }
        Snapshot s = current();
        Object before = s.calendar().covers(year) ? auditState(s.originOf(year), s.calendar(), year) : null;

        LoadedHolidayArrangement row = loaded.findById(year).orElseGet(() -> new LoadedHolidayArrangement(year));
        long revision = jdbc.queryForObject("select nextval('holiday_arrangement_revision')", Long.class);
        row.replace(
                arrangement.source(),
                document,
                format.name(),
                currentActor.name(),
                OffsetDateTime.now(clock),
                revision);
        try {
            loaded.saveAndFlush(row);
        } catch (DataIntegrityViolationException e) {
            // another request loaded the same year at the same moment
            throw new KaoheException(CommonError.CONFLICT);
        }
        WorkingDayCalendar updated = s.calendar().with(arrangement);
        auditTrail.record(AuditEvent.changed(
                AUDIT_ACTION, AUDIT_ENTITY, year, before, auditState(ArrangementOrigin.LOADED, updated, year), reason));
        Map<Integer, LoadedMeta> rows = new TreeMap<>(s.loadedRows());
        rows.put(year, LoadedMeta.of(row));
        return detail(new Snapshot(null, updated, rows), year);
    }

    private Map<String, Object> auditState(ArrangementOrigin origin, WorkingDayCalendar calendar, int year) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("source", origin);
        state.put("arrangement", calendar.arrangement(year).orElseThrow());
        return state;
    }

    private Snapshot current() {
        Fingerprint now = jdbc.queryForObject(
                "select count(*), coalesce(max(revision), 0) from holiday_arrangement",
                (rs, i) -> new Fingerprint(rs.getLong(1), rs.getLong(2)));
        Snapshot s = snapshot;
        if (s != null && now.equals(s.fingerprint())) {
            return s;
        }
        s = rebuild();
        snapshot = s;
        return s;
    }

    private Snapshot rebuild() {
        Map<Integer, HolidayArrangement> merged = new TreeMap<>(builtIn);
        Map<Integer, LoadedMeta> rows = new TreeMap<>();
        long revision = 0;
        List<LoadedHolidayArrangement> all = loaded.findAll();
        for (LoadedHolidayArrangement row : all) {
            revision = Math.max(revision, row.getRevision());
            try {
                merged.put(
                        row.getYear(),
                        HolidayArrangementParser.parseYear(
                                row.getYear(), row.getDocument(), Format.valueOf(row.getDocumentFormat())));
                rows.put(row.getYear(), LoadedMeta.of(row));
            } catch (KaoheException e) {
                // Stored documents were valid when loaded; if rules have tightened since, the year is
                // withdrawn (CAL-001 until the office loads it again) rather than guessed.
                merged.remove(row.getYear());
                log.error("Stored holiday arrangement of {} no longer validates: {}", row.getYear(), e.getMessage());
            }
        }
        return new Snapshot(new Fingerprint(all.size(), revision), new WorkingDayCalendar(merged.values()), rows);
    }

    private CalendarYear summary(Snapshot s, int year) {
        HolidayArrangement a = s.calendar().arrangement(year).orElseThrow();
        LoadedMeta row = s.loadedRows().get(year);
        int working = (int) s.calendar().workingDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        int length = LocalDate.of(year, 12, 31).getDayOfYear();
        return new CalendarYear(
                year,
                s.originOf(year),
                a.source(),
                row == null ? null : row.loadedBy(),
                row == null ? null : nameOf(row.loadedBy()),
                row == null ? null : row.loadedAt(),
                row != null && builtIn.containsKey(year),
                working,
                length - working);
    }

    /** The name of the person behind a login (the roster's), else the login itself (issue 16: names, not logins). */
    private String nameOf(String login) {
        if (login == null) {
            return null;
        }
        return people.cadreNameOfLogin(login).orElse(login);
    }

    private CalendarYearDetail detail(Snapshot s, int year) {
        WorkingDayCalendar c = s.calendar();
        HolidayArrangement a = c.arrangement(year).orElseThrow();
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            DayKind kind = c.dayKind(d);
            days.add(new CalendarDay(
                    d,
                    WEEKDAYS[d.getDayOfWeek().getValue() - 1],
                    kind,
                    kind.isWorking(),
                    c.holiday(d).map(h -> h.name()).orElse(null)));
        }
        return new CalendarYearDetail(summary(s, year), a.holidays(), a.makeUpWorkingDays(), days);
    }

    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    private record Fingerprint(long rows, long maxRevision) {}

    /** What the cache keeps of a loaded row (no JPA entity outlives its transaction). */
    private record LoadedMeta(String loadedBy, OffsetDateTime loadedAt) {
        static LoadedMeta of(LoadedHolidayArrangement row) {
            return new LoadedMeta(row.getLoadedBy(), row.getLoadedAt());
        }
    }

    private record Snapshot(Fingerprint fingerprint, WorkingDayCalendar calendar, Map<Integer, LoadedMeta> loadedRows) {

        ArrangementOrigin originOf(int year) {
            return loadedRows.containsKey(year) ? ArrangementOrigin.LOADED : ArrangementOrigin.BUILT_IN;
        }
    }
}
