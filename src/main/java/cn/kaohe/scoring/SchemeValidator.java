package cn.kaohe.scoring;

import cn.kaohe.scoring.ScoringInput.Role;
import cn.kaohe.scoring.ScoringInput.TargetOutcome;
import cn.kaohe.scoring.model.Category;
import cn.kaohe.scoring.model.CategorySource;
import cn.kaohe.scoring.model.Effect;
import cn.kaohe.scoring.model.EffectKind;
import cn.kaohe.scoring.model.FactRule;
import cn.kaohe.scoring.model.GradeSpec;
import cn.kaohe.scoring.model.PayMode;
import cn.kaohe.scoring.model.RatingComponent;
import cn.kaohe.scoring.model.RatingSet;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.scoring.model.Valuation;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks a scheme version before it is used; every problem names its place (field path). */
public final class SchemeValidator {

    /** A scheme code: lowercase letters, digits and hyphens, starting with a letter or digit, at most 64. */
    public static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private SchemeValidator() {}

    /** Throws {@link ScoringError#SCHEME_INVALID} with all problems if the scheme is not usable. */
    public static void check(SchemeVersion scheme) {
        if (scheme == null) {
            throw new KaoheException(ScoringError.SCHEME_MISSING);
        }
        List<Problem> problems = validate(scheme);
        if (!problems.isEmpty()) {
            throw new KaoheException(ScoringError.SCHEME_INVALID, problems, problems.size(), summary(problems));
        }
    }

    static String summary(List<Problem> problems) {
        Problem first = problems.get(0);
        return (first.field() == null ? "" : first.field() + "：") + first.message();
    }

    public static List<Problem> validate(SchemeVersion s) {
        List<Problem> out = new ArrayList<>();
        blank(out, "code", s.code(), "方案编码不能为空");
        if (s.code() != null && !s.code().isBlank() && !CODE.matcher(s.code()).matches()) {
            // the code becomes file names (downloads) and keys: no paths, no line breaks, no spaces
            out.add(Problem.ofField("code", "方案编码只能由小写字母、数字和连字符组成，以字母或数字开头，最多 64 位（如 daligang-2021）"));
        }
        blank(out, "name", s.name(), "方案名称不能为空");
        if (s.categories().isEmpty()) {
            out.add(Problem.ofField("categories", "至少需要一个分类"));
        }
        Set<String> categoryIds = new HashSet<>();
        Set<String> gradeCodes =
                s.grading().grades().stream().map(GradeSpec::code).collect(Collectors.toCollection(HashSet::new));
        BigDecimal weighted = BigDecimal.ZERO;
        boolean anyPoints = false;
        for (int i = 0; i < s.categories().size(); i++) {
            Category c = s.categories().get(i);
            String at = "categories[" + i + "]";
            blank(out, at + ".id", c.id(), "分类编号不能为空");
            if (c.id() != null && !categoryIds.add(c.id())) {
                out.add(Problem.ofField(at + ".id", "分类编号重复：" + c.id()));
            }
            if (c.weight().signum() <= 0) {
                out.add(Problem.ofField(at + ".weight", "权重必须大于0"));
            }
            if (c.cap() != null && c.floor() != null && c.cap().compareTo(c.floor()) < 0) {
                out.add(Problem.ofField(at + ".cap", "分类上限 " + text(c.cap()) + " 低于下限 " + text(c.floor())));
            }
            if (c.source() != CategorySource.ZERO && c.source() != CategorySource.PERIODS) {
                if (c.points() == null || c.points().signum() <= 0) {
                    out.add(Problem.ofField(at + ".points", "分类满分必须大于0"));
                }
            }
            if (c.points() != null && c.source() != CategorySource.ZERO) {
                weighted = weighted.add(c.points().multiply(c.weight()));
                anyPoints = true;
            }
            if (c.cap() != null
                    && c.points() != null
                    && c.source() == CategorySource.BASE
                    && c.cap().compareTo(c.points()) < 0) {
                out.add(Problem.ofField(at + ".cap", "分类上限 " + text(c.cap()) + " 低于其基础分 " + text(c.points())));
            }
            switch (c.source()) {
                case RATING -> checkRatingSets(out, at, c);
                case MAPPED_GRADE -> {
                    if (c.gradePoints().isEmpty()) {
                        out.add(Problem.ofField(at + ".gradePoints", "等次折算分值不能为空"));
                    }
                    c.gradePoints().forEach((grade, points) -> {
                        if (points.signum() < 0 || (c.points() != null && points.compareTo(c.points()) > 0)) {
                            out.add(Problem.ofField(
                                    at + ".gradePoints." + grade,
                                    "折算分值 " + text(points) + " 超出 0～" + text(c.points())));
                        }
                    });
                }
                case PERIODS -> {
                    if (c.periodTerms().isEmpty()) {
                        out.add(Problem.ofField(at + ".periodTerms", "周期加权项不能为空"));
                    }
                    BigDecimal sum = c.periodTerms().stream()
                            .map(t -> t.weight() == null ? BigDecimal.ZERO : t.weight())
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    if (!c.periodTerms().isEmpty() && sum.compareTo(BigDecimal.ONE) != 0) {
                        out.add(Problem.ofField(at + ".periodTerms", "权重之和为 " + percent(sum) + "，应为 100%"));
                    }
                    for (int t = 0; t < c.periodTerms().size(); t++) {
                        if (c.periodTerms().get(t).periods().isEmpty()) {
                            out.add(Problem.ofField(at + ".periodTerms[" + t + "].periods", "至少需要一个周期"));
                        }
                    }
                }
                case COMPLETION -> {
                    if (c.completion() == null) {
                        out.add(Problem.ofField(at + ".completion", "目标完成规则不能为空"));
                    } else {
                        for (String key : c.completion().qualityPercents().keySet()) {
                            if (!isEnum(TargetOutcome.class, key)) {
                                out.add(Problem.ofField(at + ".completion.qualityPercents." + key, "未知的完成情况：" + key));
                            }
                        }
                        String cutoff = c.completion().changeCutoff();
                        if (cutoff != null) {
                            try {
                                java.time.MonthDay.parse("--" + cutoff);
                            } catch (java.time.format.DateTimeParseException e) {
                                out.add(Problem.ofField(
                                        at + ".completion.changeCutoff", "目标调整截止日须为 月-日（如 07-01）：" + cutoff));
                            }
                        }
                    }
                }
                default -> {}
            }
            Set<String> subCaps = new HashSet<>();
            for (int k = 0; k < c.subCaps().size(); k++) {
                var sc = c.subCaps().get(k);
                if (sc.id() == null || !subCaps.add(sc.id())) {
                    out.add(Problem.ofField(at + ".subCaps[" + k + "].id", "分项上限编号为空或重复"));
                }
                if (sc.limit() == null || sc.limit().signum() <= 0) {
                    out.add(Problem.ofField(at + ".subCaps[" + k + "].limit", "分项上限必须大于0"));
                }
            }
            if (!c.subCaps().isEmpty() && c.floor() != null && c.source() == CategorySource.ZERO) {
                BigDecimal sum = c.subCaps().stream()
                        .map(x -> x.limit() == null ? BigDecimal.ZERO : x.limit())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(c.floor().abs()) < 0) {
                    out.add(Problem.ofField(
                            at + ".subCaps",
                            "分项上限之和 " + text(sum) + " 小于分类下限 " + text(c.floor().abs())));
                }
            }
        }
        if (s.baseScore() != null && anyPoints && weighted.compareTo(s.baseScore()) != 0) {
            out.add(Problem.ofField(
                    "categories[" + (s.categories().size() - 1) + "].points",
                    "分类满分（按权重）之和 " + text(weighted) + " 与基础分 " + text(s.baseScore()) + " 不符"));
        }
        Set<String> ruleIds = new HashSet<>();
        for (int i = 0; i < s.factRules().size(); i++) {
            checkRule(out, "factRules[" + i + "]", s.factRules().get(i), s, ruleIds, gradeCodes);
        }
        if (s.totalBounds() != null
                && s.totalBounds().cap() != null
                && s.totalBounds().floor() != null
                && s.totalBounds().cap().compareTo(s.totalBounds().floor()) < 0) {
            out.add(Problem.ofField("totalBounds.cap", "总分上限低于下限"));
        }
        for (int i = 0; i < s.derivedScores().size(); i++) {
            var d = s.derivedScores().get(i);
            if (!isEnum(Role.class, d.role())) {
                out.add(Problem.ofField("derivedScores[" + i + "].role", "未知的职务类别：" + d.role()));
            }
            if (d.method() == null) {
                out.add(Problem.ofField("derivedScores[" + i + "].method", "计算方法不能为空"));
            }
        }
        for (int i = 0; i < s.rollUps().size(); i++) {
            var r = s.rollUps().get(i);
            String at = "rollUps[" + i + "]";
            blank(out, at + ".id", r.id(), "规则编号不能为空");
            if (r.atLeast() == null || r.atLeast() < 1) {
                out.add(Problem.ofField(at + ".atLeast", "次数必须不少于1"));
            }
            if (r.grades().isEmpty()) {
                out.add(Problem.ofField(at + ".grades", "需要列出计数的等次"));
            }
            for (int e = 0; e < r.effects().size(); e++) {
                checkEffect(out, at + ".effects[" + e + "]", r.effects().get(e), List.of(), gradeCodes);
            }
        }
        checkGrading(out, s, categoryIds, gradeCodes);
        checkPay(out, s, gradeCodes);
        ApprovalsValidator.check(out, s.approvals());
        for (int i = 0; i < s.unitOutcomes().size(); i++) {
            var u = s.unitOutcomes().get(i);
            if ((u.fromTop() == null) == (u.fromBottom() == null)) {
                out.add(Problem.ofField("unitOutcomes[" + i + "]", "fromTop 与 fromBottom 须且只须填写一个"));
            }
        }
        return out;
    }

    private static void checkRatingSets(List<Problem> out, String at, Category c) {
        if (c.ratingSets().isEmpty()) {
            out.add(Problem.ofField(at + ".ratingSets", "评分类分类至少需要一组评分权重"));
        }
        Set<String> tags = new HashSet<>();
        for (int r = 0; r < c.ratingSets().size(); r++) {
            RatingSet set = c.ratingSets().get(r);
            String setAt = at + ".ratingSets[" + r + "]";
            if (!tags.add(String.valueOf(set.tag()))) {
                out.add(Problem.ofField(setAt + ".tag", "评分权重组的标签重复：" + set.tag()));
            }
            if (set.components().isEmpty()) {
                out.add(Problem.ofField(setAt + ".components", "评分项不能为空"));
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (int k = 0; k < set.components().size(); k++) {
                RatingComponent comp = set.components().get(k);
                if (comp.weight() == null || comp.weight().signum() <= 0) {
                    out.add(Problem.ofField(setAt + ".components[" + k + "].weight", "权重必须大于0"));
                } else {
                    sum = sum.add(comp.weight());
                }
            }
            if (!set.components().isEmpty() && sum.compareTo(BigDecimal.ONE) != 0) {
                out.add(Problem.ofField(setAt + ".components", "权重之和为 " + percent(sum) + "，应为 100%"));
            }
        }
    }

    private static void checkRule(
            List<Problem> out, String at, FactRule r, SchemeVersion s, Set<String> ruleIds, Set<String> gradeCodes) {
        blank(out, at + ".id", r.id(), "规则编号不能为空");
        if (r.id() != null && !ruleIds.add(r.id())) {
            out.add(Problem.ofField(at + ".id", "规则编号重复：" + r.id()));
        }
        blank(out, at + ".factType", r.factType(), "台账事项类型不能为空");
        Category category = s.categories().stream()
                .filter(c -> c.id().equals(r.category()))
                .findFirst()
                .orElse(null);
        if (r.valuation() != Valuation.NONE && category == null) {
            out.add(Problem.ofField(at + ".category", "未知的分类：" + r.category()));
        }
        switch (r.valuation()) {
            case PER_OCCURRENCE -> {
                if (r.points() == null || r.points().signum() < 0) {
                    out.add(Problem.ofField(at + ".points", "每次分值必须填写且不能为负"));
                }
            }
            case PER_LEVEL -> {
                if (r.levelPoints().isEmpty()) {
                    out.add(Problem.ofField(at + ".levelPoints", "按级别计分须列出各级分值"));
                }
                r.levelPoints().forEach((level, p) -> {
                    if (p == null || p.signum() < 0) {
                        out.add(Problem.ofField(at + ".levelPoints." + level, "分值不能为负"));
                    }
                });
            }
            case COMMITTEE -> {
                if (r.minPoints() == null || r.maxPoints() == null) {
                    out.add(Problem.ofField(at + ".minPoints", "审定分值须给出范围"));
                } else if (r.minPoints().signum() < 0 || r.minPoints().compareTo(r.maxPoints()) > 0) {
                    out.add(Problem.ofField(
                            at + ".minPoints", "审定分值范围 " + text(r.minPoints()) + "～" + text(r.maxPoints()) + " 无效"));
                }
            }
            default -> {}
        }
        if (r.subCap() != null
                && (category == null
                        || category.subCaps().stream().noneMatch(sc -> sc.id().equals(r.subCap())))) {
            out.add(Problem.ofField(at + ".subCap", "分类中没有该分项上限：" + r.subCap()));
        }
        if (r.repeat() != null
                && (r.repeat().mode() == null
                        || r.repeat().factor() == null
                        || r.repeat().factor().compareTo(BigDecimal.ONE) < 0)) {
            out.add(Problem.ofField(at + ".repeat", "重复加倍须给出方式和不小于1的倍数"));
        }
        if (r.factor().signum() <= 0 || r.leaderFactor().signum() <= 0) {
            out.add(Problem.ofField(at + ".factor", "倍数必须大于0"));
        }
        for (int e = 0; e < r.effects().size(); e++) {
            checkEffect(out, at + ".effects[" + e + "]", r.effects().get(e), r.levels(), gradeCodes);
        }
    }

    private static void checkEffect(
            List<Problem> out, String at, Effect e, List<String> levels, Set<String> gradeCodes) {
        if (e.kind() == null) {
            out.add(Problem.ofField(at + ".kind", "效果类型不能为空"));
            return;
        }
        if ((e.kind() == EffectKind.WITHHOLD_PAY || e.kind() == EffectKind.PAY_FACTOR)
                && (e.percent() == null
                        || e.percent().signum() < 0
                        || e.percent().compareTo(Decimals.HUNDRED) > 0)) {
            out.add(Problem.ofField(at + ".percent", "百分比须在 0～100 之间"));
        }
        if ((e.kind() == EffectKind.GRADE_AT_MOST || e.kind() == EffectKind.GRADE_FORCE)
                && !gradeCodes.contains(e.value())) {
            out.add(Problem.ofField(at + ".value", "未知的等次：" + e.value()));
        }
        if (e.kind() == EffectKind.CONSEQUENCE
                && (e.value() == null || e.value().isBlank())) {
            out.add(Problem.ofField(at + ".value", "须写明后果"));
        }
        for (String level : e.levels()) {
            if (!levels.contains(level)) {
                out.add(Problem.ofField(at + ".levels", "规则不允许的级别：" + level));
            }
        }
    }

    private static void checkGrading(
            List<Problem> out, SchemeVersion s, Set<String> categoryIds, Set<String> gradeCodes) {
        var g = s.grading();
        Set<String> seen = new HashSet<>();
        boolean anyRegular = false;
        for (int i = 0; i < g.grades().size(); i++) {
            GradeSpec spec = g.grades().get(i);
            String at = "grading.grades[" + i + "]";
            blank(out, at + ".code", spec.code(), "等次编码不能为空");
            blank(out, at + ".label", spec.label(), "等次名称不能为空");
            if (spec.code() != null && !seen.add(spec.code())) {
                out.add(Problem.ofField(at + ".code", "等次编码重复：" + spec.code()));
            }
            if (spec.share() != null
                    && (spec.share().signum() <= 0 || spec.share().compareTo(BigDecimal.ONE) > 0)) {
                out.add(Problem.ofField(at + ".share", "比例须在 0～100% 之间"));
            }
            if (spec.count() != null && spec.count() < 0) {
                out.add(Problem.ofField(at + ".count", "名额不能为负"));
            }
            if (spec.count() != null && spec.share() != null) {
                out.add(Problem.ofField(at + ".count", "名额与比例只能填写一个"));
            }
            anyRegular |= !spec.overrideOnly();
        }
        if (!g.grades().isEmpty() && !anyRegular) {
            out.add(Problem.ofField("grading.grades", "至少需要一个按分数评定的等次"));
        }
        for (int i = 0; i < g.tieBreak().size(); i++) {
            if (!categoryIds.contains(g.tieBreak().get(i))) {
                out.add(Problem.ofField(
                        "grading.tieBreak[" + i + "]", "未知的分类：" + g.tieBreak().get(i)));
            }
        }
        for (int i = 0; i < g.overrides().size(); i++) {
            var o = g.overrides().get(i);
            if (o.kind() == null || o.value() == null) {
                out.add(Problem.ofField("grading.overrides[" + i + "]", "须给出类型和数值"));
            }
            if (!gradeCodes.contains(o.grade())) {
                out.add(Problem.ofField("grading.overrides[" + i + "].grade", "未知的等次：" + o.grade()));
            }
        }
        for (int i = 0; i < g.subgroups().size(); i++) {
            var sg = g.subgroups().get(i);
            if (sg.minShare() == null
                    || sg.minShare().signum() < 0
                    || sg.minShare().compareTo(BigDecimal.ONE) > 0) {
                out.add(Problem.ofField("grading.subgroups[" + i + "].minShare", "比例须在 0～100% 之间"));
            }
            for (String code : sg.grades()) {
                if (!gradeCodes.contains(code)) {
                    out.add(Problem.ofField("grading.subgroups[" + i + "].grades", "未知的等次：" + code));
                }
            }
        }
    }

    private static void checkPay(List<Problem> out, SchemeVersion s, Set<String> gradeCodes) {
        var p = s.pay();
        if (p.pool() != null && p.pool().signum() < 0) {
            out.add(Problem.ofField("pay.pool", "奖金总额不能为负"));
        }
        for (String code : p.noPayGrades()) {
            if (!gradeCodes.contains(code)) {
                out.add(Problem.ofField("pay.noPayGrades", "未知的等次：" + code));
            }
        }
        p.staffTypeFactors().forEach((type, f) -> {
            if (!isEnum(ScoringInput.StaffType.class, type)) {
                out.add(Problem.ofField("pay.staffTypeFactors." + type, "未知的人员类别：" + type));
            }
        });
        if (p.mode() == PayMode.BY_GRADE) {
            if (p.gradeAmounts().isEmpty()) {
                out.add(Problem.ofField("pay.gradeAmounts", "按等次发放须列出各等次金额"));
            }
            for (Map.Entry<String, BigDecimal> e : p.gradeAmounts().entrySet()) {
                if (!gradeCodes.contains(e.getKey())) {
                    out.add(Problem.ofField("pay.gradeAmounts." + e.getKey(), "未知的等次：" + e.getKey()));
                }
                if (e.getValue().signum() < 0) {
                    out.add(Problem.ofField("pay.gradeAmounts." + e.getKey(), "金额不能为负"));
                }
            }
        }
        if (p.mode() == PayMode.UNIT_PRIZE) {
            for (int i = 0; i < p.tiers().size(); i++) {
                var t = p.tiers().get(i);
                if (!gradeCodes.contains(t.grade())) {
                    out.add(Problem.ofField("pay.tiers[" + i + "].grade", "未知的等次：" + t.grade()));
                }
                if (t.principalsPercent() != null
                        && (t.principalsPercent().signum() < 0
                                || t.principalsPercent().compareTo(Decimals.HUNDRED) > 0)) {
                    out.add(Problem.ofField("pay.tiers[" + i + "].principalsPercent", "百分比须在 0～100 之间"));
                }
                for (String role : t.roleAmounts().keySet()) {
                    if (!isEnum(Role.class, role)) {
                        out.add(Problem.ofField("pay.tiers[" + i + "].roleAmounts." + role, "未知的职务类别：" + role));
                    }
                }
            }
        }
        if (p.mode() == PayMode.PROPORTIONAL && p.pool() != null && p.pool().signum() == 0) {
            out.add(Problem.ofField("pay.pool", "按分折算须有奖金总额"));
        }
    }

    private static void blank(List<Problem> out, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            out.add(Problem.ofField(field, message));
        }
    }

    static <E extends Enum<E>> boolean isEnum(Class<E> type, String name) {
        if (name == null) {
            return false;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    static String text(BigDecimal v) {
        return Decimals.text(v);
    }

    static String percent(BigDecimal share) {
        return Decimals.text(share.multiply(Decimals.HUNDRED)) + "%";
    }
}
