package cn.kaohe.campaign;

import cn.kaohe.scheme.ProcessSettings;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scheme.StoredScheme;
import cn.kaohe.scoring.model.Category;
import cn.kaohe.scoring.model.GradeSpec;
import cn.kaohe.scoring.model.NoticeOpeningDay;
import cn.kaohe.scoring.model.PayMode;
import cn.kaohe.scoring.model.RatingComponent;
import cn.kaohe.scoring.model.RatingSet;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.scoring.model.SubjectKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A campaign's view of its scheme version. The superior-rating form holds the categories whose rating
 * set names the supervising leader (SUPERVISING_LEADER / DIRECT_SUPERIOR); a scheme without such a
 * category makes the leader's step a sign-off with a comment.
 */
@Component
class SchemeAdapter implements CampaignScheme {

    static final Set<String> LEADER_GROUPS = Set.of("SUPERVISING_LEADER", "DIRECT_SUPERIOR");

    private final SchemeCatalog catalog;

    SchemeAdapter(SchemeCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String freeze(long schemeVersionId) {
        StoredScheme s = catalog.freeze(schemeVersionId);
        return s.getName() + "（第" + s.getVersionNo() + "版）";
    }

    @Override
    public boolean assessesUnits(long schemeVersionId) {
        return catalog.model(schemeVersionId).subjectKind() == SubjectKind.UNIT;
    }

    @Override
    public RatingForm ratingForm(long schemeVersionId) {
        SchemeVersion model = catalog.model(schemeVersionId);
        List<RatingForm.Category> categories = new ArrayList<>();
        for (Category c : model.categories()) {
            for (RatingSet set : c.ratingSets()) {
                for (RatingComponent comp : set.components()) {
                    if (comp.raterGroup() != null && LEADER_GROUPS.contains(comp.raterGroup())) {
                        String id = comp.part() == null ? c.id() : comp.part();
                        if (categories.stream().noneMatch(x -> x.id().equals(id))) {
                            String name = comp.part() == null || comp.name() == null
                                    ? c.name()
                                    : c.name() + "·" + comp.name();
                            categories.add(new RatingForm.Category(id, name, BigDecimal.ZERO, c.ratingScale(), true));
                        }
                    }
                }
            }
        }
        return new RatingForm(categories);
    }

    /** The rater group of a leader's rating of this part (the first leader group the scheme names for it). */
    String leaderGroup(long schemeVersionId, String part) {
        for (Category c : catalog.model(schemeVersionId).categories()) {
            for (RatingSet set : c.ratingSets()) {
                for (RatingComponent comp : set.components()) {
                    String id = comp.part() == null ? c.id() : comp.part();
                    if (id.equals(part) && comp.raterGroup() != null && LEADER_GROUPS.contains(comp.raterGroup())) {
                        return comp.raterGroup();
                    }
                }
            }
        }
        return "SUPERVISING_LEADER";
    }

    @Override
    public PayNeeds payNeeds(long schemeVersionId) {
        SchemeVersion model = catalog.model(schemeVersionId);
        cn.kaohe.shared.Cycle cycle =
                switch (model.cycle()) {
                    case MONTHLY -> cn.kaohe.shared.Cycle.MONTHLY;
                    case QUARTERLY -> cn.kaohe.shared.Cycle.QUARTERLY;
                    default -> cn.kaohe.shared.Cycle.ANNUAL;
                };
        PayMode mode = model.pay().mode();
        return new PayNeeds(model.name(), cycle, mode == PayMode.PROPORTIONAL, mode == PayMode.BY_GRADE);
    }

    @Override
    public int noticeWorkingDays(long schemeVersionId) {
        return catalog.stored(schemeVersionId).settings().noticeWorkingDays();
    }

    @Override
    public java.util.Optional<java.time.LocalTime> noticeCutOff(long schemeVersionId) {
        return catalog.model(schemeVersionId).noticeOpeningDay() == NoticeOpeningDay.NEVER
                ? java.util.Optional.of(java.time.LocalTime.MIDNIGHT)
                : java.util.Optional.empty();
    }

    @Override
    public boolean publicNotice(long schemeVersionId) {
        return catalog.stored(schemeVersionId).settings().publicNotice();
    }

    @Override
    public java.util.Map<String, String> categories(long schemeVersionId) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        catalog.model(schemeVersionId).categories().forEach(c -> m.put(c.id(), c.name()));
        return m;
    }

    @Override
    public java.util.Map<String, String> gradeLabels(long schemeVersionId) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        catalog.model(schemeVersionId).grading().grades().forEach(g -> m.put(g.code(), g.label()));
        return m;
    }

    @Override
    public List<String> gradeOrder(long schemeVersionId) {
        return catalog.model(schemeVersionId).grading().grades().stream()
                .map(GradeSpec::code)
                .toList();
    }

    @Override
    public java.util.Optional<cn.kaohe.scoring.AdjustmentBounds.Range> adjustmentRange(
            long schemeVersionId, String target) {
        return cn.kaohe.scoring.AdjustmentBounds.of(
                catalog.model(schemeVersionId),
                ResultAdjustment.TOTAL.equals(target) ? cn.kaohe.scoring.ScoringEngine.TOTAL : target);
    }

    @Override
    public AppealRules appealRules(long schemeVersionId) {
        ProcessSettings s = catalog.stored(schemeVersionId).settings();
        return new AppealRules(s.appealWindowDays(), s.appealForwardHours(), s.appealDecisionDays());
    }
}
