package cn.kaohe.campaign;

import cn.kaohe.org.OrgLookups;
import cn.kaohe.org.PostHistory;
import cn.kaohe.org.PostTerm;
import cn.kaohe.scoring.model.CategorySource;
import cn.kaohe.scoring.model.GradeFallback;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.scoring.model.SubjectKind;
import cn.kaohe.shared.Cycle;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Seed 000 三(一) 联村工作: "中途涉及到的人员异动，如未安排驻村，则按照所在办联系的村确定分值". In an annual campaign, the
 * cadres not resident in a village who came to their unit during the period (a term of the roster history starting
 * inside the period in another unit than the month before — a transfer, or an arrival with no post the month before),
 * with the village their current office liaises with (所在办联系的村), if the office has one.
 */
@Component
class MidYearTransfers {

    /** A cadre who moved during the period; {@code villageId} null when his office has no liaison village. */
    record Transfer(long cadreId, String cadreName, long unitId, String unitName, Long villageId, String villageName) {}

    private final PostHistory posts;
    private final OrgLookups org;

    MidYearTransfers(PostHistory posts, OrgLookups org) {
        this.posts = posts;
        this.org = org;
    }

    /** Whether the scheme reads villages' grades (a grade-mapped category whose fallback is the villages' average). */
    static boolean readsVillageGrades(SchemeVersion scheme) {
        return scheme.subjectKind() == SubjectKind.CADRE
                && scheme.categories().stream()
                        .anyMatch(c -> c.source() == CategorySource.MAPPED_GRADE
                                && c.fallback() == GradeFallback.AVERAGE_OF_RATED);
    }

    /** The transfers among the cadres, by cadre id; empty unless the campaign is annual and the scheme reads villages. */
    Map<Long, Transfer> of(Campaign campaign, SchemeVersion scheme, Collection<Long> cadreIds) {
        if (campaign.getCycle() != Cycle.ANNUAL || !readsVillageGrades(scheme) || cadreIds.isEmpty()) {
            return Map.of();
        }
        return of(campaign, posts.of(cadreIds));
    }

    /** As above, with the cadres' roster history already read. */
    Map<Long, Transfer> of(Campaign campaign, Map<Long, List<PostTerm>> history) {
        YearMonth first = YearMonth.from(campaign.getPeriodStart());
        YearMonth last = YearMonth.from(campaign.getPeriodEnd());
        Set<Long> moved = new HashSet<>();
        history.forEach((cadre, terms) -> {
            if (movedDuring(terms, first, last)) {
                moved.add(cadre);
            }
        });
        Map<Long, Transfer> out = new LinkedHashMap<>();
        org.liaisonVillagesOfNonResidents(List.copyOf(moved))
                .forEach((cadre, v) -> out.put(
                        cadre,
                        new Transfer(
                                v.cadreId(), v.cadreName(), v.unitId(), v.unitName(), v.villageId(), v.villageName())));
        return out;
    }

    /**
     * Whether a term starts inside the period in another unit than the one the cadre held the month before (none the
     * month before: he arrived during the period). A promotion inside the same unit is no 人员异动 here.
     */
    static boolean movedDuring(List<PostTerm> terms, YearMonth first, YearMonth last) {
        if (terms == null) {
            return false;
        }
        for (PostTerm t : terms) {
            YearMonth from = t.fromMonth();
            if (from == null || from.isBefore(first) || from.isAfter(last)) {
                continue;
            }
            YearMonth before = from.minusMonths(1);
            boolean sameUnitBefore =
                    terms.stream().anyMatch(o -> o != t && o.covers(before) && o.unitId() == t.unitId());
            if (!sameUnitBefore) {
                return true;
            }
        }
        return false;
    }
}
