package cn.kaohe.target;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scoring.model.Category;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Period;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The target register (目标责任书): the office registers a unit's book, the unit reports completion with evidence, the
 * inspection (察访核验) checks it, the unit asks for changes before the scheme's cut-off and the committee decides them
 * in the target-change process. Every change is audited with its before and after; bad input changes nothing.
 *
 * <p>This service holds the register's queries and the registration of books; reporting and checking completion are
 * {@link TargetCompletions}, change requests and their decision {@link TargetChanges} (this class forwards to them so
 * that its callers keep one entry point).
 */
@Service
public class TargetService {

    private final TargetRepository targets;
    private final TargetChangeRepository changes;
    private final SchemeCatalog schemes;
    private final AuditTrail audit;
    private final Clock clock;
    private final TargetBooks books;
    private final TargetChanges targetChanges;
    private final TargetCompletions completions;

    TargetService(
            TargetRepository targets,
            TargetChangeRepository changes,
            SchemeCatalog schemes,
            AuditTrail audit,
            Clock clock,
            TargetBooks books,
            TargetChanges targetChanges,
            TargetCompletions completions) {
        this.targets = targets;
        this.changes = changes;
        this.schemes = schemes;
        this.audit = audit;
        this.clock = clock;
        this.books = books;
        this.targetChanges = targetChanges;
        this.completions = completions;
    }

    /** Who acts: the login, their cadre (if any) and whether they act for the office (绩考办). */
    public record Actor(String login, Long cadreId, boolean office) {}

    /** The office registers (or, before any report, replaces) a unit's book. */
    public record RegisterBook(
            Long schemeVersionId, Long unitId, String period, String category, List<TargetRules.Item> targets) {}

    /** A unit asks to change targets of its book: the reason and the new values of the targets it names by id. */
    public record RequestChange(
            Long schemeVersionId,
            Long unitId,
            String period,
            String category,
            String reason,
            List<TargetRules.Item> changes) {}

    @Transactional(readOnly = true)
    public List<Target> book(long schemeVersionId, long unitId, String period, String category) {
        TargetBook book = books.bookOf(schemeVersionId, unitId, period, category);
        return targets.ofBook(book);
    }

    @Transactional(readOnly = true)
    public List<Target> register(long schemeVersionId, String period) {
        return targets.findBySchemeVersionIdAndPeriodLabelOrderByUnitIdAscCategoryIdAscPositionAsc(
                schemeVersionId, period);
    }

    @Transactional(readOnly = true)
    public Target target(long id) {
        return targets.findById(id).orElseThrow(() -> KaoheException.notFound("目标", id));
    }

    @Transactional(readOnly = true)
    public List<TargetChange> changes(Long schemeVersionId, String period) {
        return schemeVersionId == null || period == null
                ? changes.findAllByOrderByIdDesc()
                : changes.findBySchemeVersionIdAndPeriodLabelOrderByIdDesc(schemeVersionId, period);
    }

    /**
     * A unit's book as the unit sees it: the scheme and category it feeds, the change cut-off (seed 004 第九条: the
     * first day a request is refused; null when the scheme sets none) and whether a request is still possible today,
     * its targets and its change requests (newest first).
     */
    public record UnitBook(
            TargetBook book,
            String schemeName,
            String categoryName,
            java.math.BigDecimal categoryPoints,
            LocalDate changeCutoff,
            boolean changesOpen,
            List<Target> targets,
            List<TargetChange> changes) {}

    /** Every book of a unit, newest period first, with its change requests (the unit's own view). */
    @Transactional(readOnly = true)
    public List<UnitBook> booksOfUnit(long unitId) {
        Map<TargetBook, List<Target>> byBook = new LinkedHashMap<>();
        for (Target t : targets.findByUnitIdOrderByPeriodLabelDescSchemeVersionIdDescCategoryIdAscPositionAsc(unitId)) {
            byBook.computeIfAbsent(
                            new TargetBook(t.getSchemeVersionId(), unitId, t.getPeriodLabel(), t.getCategoryId()),
                            k -> new ArrayList<>())
                    .add(t);
        }
        Map<TargetBook, List<TargetChange>> requests = new HashMap<>();
        changes.findByUnitIdOrderByIdDesc(unitId)
                .forEach(c -> requests.computeIfAbsent(c.book(), k -> new ArrayList<>())
                        .add(c));
        LocalDate today = TargetBooks.today(clock);
        List<UnitBook> out = new ArrayList<>();
        byBook.forEach((book, list) -> {
            SchemeVersion scheme = schemes.model(book.schemeVersionId());
            Category category = books.category(book);
            LocalDate cutoff = category.completion() == null
                    ? null
                    : category.completion()
                            .changeCutoffIn(Period.parse(
                                            cn.kaohe.shared.Cycle.valueOf(
                                                    scheme.cycle().name()),
                                            book.periodLabel())
                                    .start()
                                    .getYear())
                            .orElse(null);
            out.add(new UnitBook(
                    book,
                    scheme.name(),
                    category.name(),
                    category.points(),
                    cutoff,
                    cutoff == null || today.isBefore(cutoff),
                    list,
                    requests.getOrDefault(book, List.of())));
        });
        return out;
    }

    /**
     * Registers a unit's book: its points add up to the category's (TARGET-003), each target is sound (TARGET-002
     * naming the field). A book with a reported completion or an open change request cannot be replaced.
     */
    @Transactional
    public List<Target> registerBook(RegisterBook cmd, String user) {
        TargetBook book = books.bookOf(cmd.schemeVersionId(), cmd.unitId(), cmd.period(), cmd.category());
        Category category = books.category(book);
        List<TargetRules.Item> items = cmd.targets() == null ? List.of() : cmd.targets();
        TargetRules.checkBook(items, category.name(), category.points());
        books.checkUnits(items, book.unitId(), "targets");
        List<Target> existing = targets.ofBook(book);
        existing.stream().filter(Target::isReported).findFirst().ifPresent(t -> {
            throw new KaoheException(TargetError.ALREADY_REPORTED, books.unitName(book.unitId()));
        });
        books.openChange(book).ifPresent(c -> {
            throw new KaoheException(TargetError.CHANGE_OPEN, c.getId());
        });
        List<Map<String, Object>> before =
                existing.stream().map(TargetBooks::state).toList();
        targets.deleteAll(existing);
        targets.flush();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Target> saved = new ArrayList<>();
        try {
            for (int i = 0; i < items.size(); i++) {
                saved.add(targets.saveAndFlush(new Target(book, i + 1, items.get(i), user, now)));
            }
        } catch (DataIntegrityViolationException e) {
            // the same book registered by another request a moment ago (unique index target_book): nothing stored
            throw new KaoheException(cn.kaohe.shared.CommonError.CONFLICT);
        }
        audit.record(
                user,
                AuditEvent.changed(
                        existing.isEmpty() ? "TARGETS_REGISTERED" : "TARGETS_REPLACED",
                        "TargetBook",
                        TargetBooks.bookId(book),
                        existing.isEmpty() ? null : before,
                        saved.stream().map(TargetBooks::state).toList(),
                        "登记目标责任书：" + books.unitName(book.unitId()) + " " + book.periodLabel()));
        return saved;
    }

    /** Units by id with their names, for views. */
    @Transactional(readOnly = true)
    public Map<Long, String> unitNames(Collection<Long> ids) {
        return books.unitNames(ids);
    }

    /** The active unit of a cadre, if any (a unit's own cadres report and ask for changes). */
    @Transactional(readOnly = true)
    public Optional<Long> unitOfCadre(Long cadreId) {
        return books.unitOfCadre(cadreId);
    }

    // ---- the register's other use cases, each a service of its own -----------------------------------------------

    /** See {@link TargetCompletions#report}. */
    public Target report(long targetId, TargetRules.Completion completion, Actor actor) {
        return completions.report(targetId, completion, actor);
    }

    /** See {@link TargetCompletions#check}. */
    public Target check(long targetId, TargetRules.Check check, String user) {
        return completions.check(targetId, check, user);
    }

    /** See {@link TargetChanges#requestChange}. */
    public TargetChange requestChange(RequestChange cmd, Actor actor) {
        return targetChanges.requestChange(cmd, actor);
    }

    /** See {@link TargetChanges#change}. */
    public TargetChange change(long id) {
        return targetChanges.change(id);
    }

    /** See {@link TargetChanges#describe}. */
    public Map<Long, List<String>> describe(Collection<TargetChange> list) {
        return targetChanges.describe(list);
    }

    /** See {@link TargetChanges#decideThroughTask}. */
    public void decideThroughTask(long changeId, String user, Collection<String> groups, Boolean approve, String note) {
        targetChanges.decideThroughTask(changeId, user, groups, approve, note);
    }

    /** See {@link TargetChanges#decide}. */
    public boolean decide(long changeId, String user, Boolean approve, String note) {
        return targetChanges.decide(changeId, user, approve, note);
    }

    /** See {@link TargetChanges#apply}. */
    public void apply(long changeId) {
        targetChanges.apply(changeId);
    }

    /** See {@link TargetChanges#decisionOverdue}. */
    public void decisionOverdue(long changeId) {
        targetChanges.decisionOverdue(changeId);
    }
}
