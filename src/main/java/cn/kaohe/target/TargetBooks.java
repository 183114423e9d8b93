package cn.kaohe.target;

import cn.kaohe.campaign.CampaignRoster;
import cn.kaohe.org.OrgLookups;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scoring.model.Category;
import cn.kaohe.scoring.model.CategorySource;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.scoring.model.SubjectKind;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.KaoheZone;
import cn.kaohe.shared.Period;
import cn.kaohe.shared.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the register's use cases share about a book (目标责任书): finding and checking it (scheme, category, period,
 * units), the unit an actor belongs to, its open change request, and how targets are shown and stored in audit
 * records and change requests.
 */
@Component
class TargetBooks {

    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final SchemeCatalog schemes;
    private final TargetChangeRepository changes;
    private final CampaignRoster roster;
    private final OrgLookups org;
    private final ObjectMapper json;

    TargetBooks(
            SchemeCatalog schemes,
            TargetChangeRepository changes,
            CampaignRoster roster,
            OrgLookups org,
            ObjectMapper json) {
        this.schemes = schemes;
        this.changes = changes;
        this.roster = roster;
        this.org = org;
        this.json = json;
    }

    /** Units by id with their names, for views. */
    Map<Long, String> unitNames(Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Long id : Set.copyOf(ids)) {
            if (id != null) {
                roster.unitName(id).ifPresent(n -> names.put(id, n));
            }
        }
        return names;
    }

    /** The active unit of a cadre, if any (a unit's own cadres report and ask for changes). */
    Optional<Long> unitOfCadre(Long cadreId) {
        if (cadreId == null) {
            return Optional.empty();
        }
        return org.activeUnitOf(cadreId);
    }

    void requireOwnUnit(long unitId, TargetService.Actor actor) {
        if (actor.office()) {
            return;
        }
        if (!unitOfCadre(actor.cadreId()).map(u -> u == unitId).orElse(false)) {
            throw new KaoheException(TargetError.NOT_YOUR_UNIT);
        }
    }

    void checkUnits(List<TargetRules.Item> items, long unitId, String field) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            TargetRules.Item item = items.get(i);
            if (item.leadUnitId() != null && roster.unitName(item.leadUnitId()).isEmpty()) {
                problems.add(Problem.ofField(field + "[" + i + "].leadUnitId", "单位不存在：" + item.leadUnitId()));
            }
            Long lead = item.leadUnitId() == null ? unitId : item.leadUnitId();
            for (Long co : item.coUnitIds() == null ? List.<Long>of() : item.coUnitIds()) {
                if (co != null && roster.unitName(co).isEmpty()) {
                    problems.add(Problem.ofField(field + "[" + i + "].coUnitIds", "单位不存在：" + co));
                } else if (Objects.equals(co, lead)) {
                    problems.add(Problem.ofField(field + "[" + i + "].coUnitIds", "牵头单位不能同时是协办单位"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw TargetRules.invalid(TargetError.INVALID_BOOK, problems);
        }
    }

    TargetBook bookOf(Long schemeVersionId, Long unitId, String period, String category) {
        List<Problem> problems = new ArrayList<>();
        if (schemeVersionId == null) {
            problems.add(Problem.ofField("schemeVersionId", "必填"));
        }
        if (unitId == null) {
            problems.add(Problem.ofField("unitId", "必填"));
        }
        if (period == null || period.isBlank()) {
            problems.add(Problem.ofField("period", "必填"));
        }
        if (!problems.isEmpty()) {
            throw TargetRules.invalid(TargetError.INVALID_BOOK, problems);
        }
        SchemeVersion scheme = schemes.model(schemeVersionId);
        String schemeName = scheme.name();
        if (scheme.subjectKind() != SubjectKind.UNIT) {
            throw new KaoheException(
                    TargetError.NOT_A_UNIT_SCHEME, List.of(Problem.ofField("schemeVersionId", schemeName)), schemeName);
        }
        List<Category> completion = scheme.categories().stream()
                .filter(c -> c.source() == CategorySource.COMPLETION)
                .toList();
        if (completion.isEmpty()) {
            throw new KaoheException(
                    TargetError.NO_COMPLETION_CATEGORY,
                    List.of(Problem.ofField("schemeVersionId", schemeName)),
                    schemeName);
        }
        String categoryId = category == null || category.isBlank() && completion.size() == 1
                ? completion.get(0).id()
                : category;
        if (completion.stream().noneMatch(c -> c.id().equals(categoryId))) {
            throw new KaoheException(
                    TargetError.UNKNOWN_CATEGORY,
                    List.of(Problem.ofField("category", String.valueOf(categoryId))),
                    categoryId);
        }
        if (roster.unitName(unitId).isEmpty()) {
            throw TargetRules.invalid(TargetError.INVALID_BOOK, List.of(Problem.ofField("unitId", "单位不存在：" + unitId)));
        }
        String label;
        try {
            label = Period.parse(cn.kaohe.shared.Cycle.valueOf(scheme.cycle().name()), period.strip())
                    .label();
        } catch (IllegalArgumentException e) {
            throw new KaoheException(
                    TargetError.BAD_PERIOD, List.of(Problem.ofField("period", e.getMessage())), period, e.getMessage());
        }
        return new TargetBook(schemeVersionId, unitId, label, categoryId);
    }

    Category category(TargetBook book) {
        return schemes.model(book.schemeVersionId()).categories().stream()
                .filter(c -> c.id().equals(book.categoryId()))
                .findFirst()
                .orElseThrow();
    }

    Optional<TargetChange> openChange(TargetBook b) {
        return changes
                .findBySchemeVersionIdAndUnitIdAndPeriodLabelAndCategoryIdAndStatus(
                        b.schemeVersionId(), b.unitId(), b.periodLabel(), b.categoryId(), TargetChangeStatus.SUBMITTED)
                .stream()
                .findFirst();
    }

    String unitName(long unitId) {
        return roster.unitName(unitId).orElse(String.valueOf(unitId));
    }

    static String bookId(TargetBook b) {
        return b.schemeVersionId() + ":" + b.unitId() + ":" + b.periodLabel() + ":" + b.categoryId();
    }

    static Map<String, Object> state(Target t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.getId());
        m.put("title", t.getTitle());
        m.put("points", t.getPoints());
        m.put("kind", t.getKind());
        m.put("targetValue", t.getTargetValue());
        m.put("measureUnit", t.getMeasureUnit());
        m.put("leadUnitId", t.getLeadUnitId());
        m.put("coUnitIds", t.coUnits());
        return m;
    }

    String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<TargetRules.Item> read(String text) {
        try {
            return json.readValue(text, new TypeReference<List<TargetRules.Item>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String show(OffsetDateTime t) {
        return t.atZoneSameInstant(KaoheZone.ZONE).format(SHOW);
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(KaoheZone.ZONE));
    }
}
