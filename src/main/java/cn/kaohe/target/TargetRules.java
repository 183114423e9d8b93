package cn.kaohe.target;

import cn.kaohe.scoring.ScoringInput.TargetOutcome;
import cn.kaohe.scoring.ScoringInput.TargetResult;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The register's rules, pure Java (no Spring, no JPA): a book's points add up to its category's points, a change
 * request comes before the scheme's cut-off (seed 004 第九条), and a checked target becomes the engine's
 * {@link TargetResult} (第十六条 弄虚作假 −50 %, 第十七条 缺项 rescaled — applied by the scoring engine).
 */
public final class TargetRules {

    static final int MAX_TITLE = 200;
    static final int MAX_MEASURE_UNIT = 20;
    static final int MAX_EVIDENCE = 4000;
    static final int MAX_ATTACHMENTS = 1000;
    static final int MAX_NOTE = 2000;
    static final int MAX_TARGETS = 200;
    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private TargetRules() {}

    /**
     * One target as entered: title, points (标准分), kind, for NUMERIC the target value and its unit of measure (万元,
     * 户, %…), the lead unit (牵头, default the assessed unit) and co-responsible units (协办).
     */
    public record Item(
            Long id,
            String title,
            BigDecimal points,
            TargetKind kind,
            BigDecimal targetValue,
            String measureUnit,
            Long leadUnitId,
            List<Long> coUnitIds) {}

    /**
     * A unit's completion report: the achieved figure (NUMERIC) or the outcome (QUALITATIVE), whether the item is
     * 缺项 (not applicable, policy or force majeure before it started) or was fully started and stopped by force
     * majeure (第十七条: 计标准分的100%), the evidence (证明材料) and attachment references.
     */
    public record Completion(
            BigDecimal actual,
            TargetOutcome outcome,
            Boolean notApplicable,
            Boolean forceMajeure,
            String evidence,
            String attachments) {}

    /** The inspection's check (察访核验), optionally correcting the figure or the outcome it verified. */
    public record Check(CheckResult result, String note, BigDecimal actual, TargetOutcome outcome) {}

    /**
     * Problems of a book's items, each naming its field ({@code targets[2].points}); then, if the items are sound,
     * whether their points add up to the category's (seed 004 第十二条(一): 工作目标基本分100分).
     *
     * @throws KaoheException TARGET-002 naming the fields, or TARGET-003 when the points do not add up
     */
    public static void checkBook(List<Item> items, String categoryName, BigDecimal categoryPoints) {
        List<Problem> problems = new ArrayList<>();
        if (items == null || items.isEmpty()) {
            problems.add(Problem.ofField("targets", "至少登记一项目标"));
        } else if (items.size() > MAX_TARGETS) {
            problems.add(Problem.ofField("targets", "一本目标责任书最多 " + MAX_TARGETS + " 项目标"));
        } else {
            for (int i = 0; i < items.size(); i++) {
                problems.addAll(itemProblems("targets[" + i + "]", items.get(i)));
            }
        }
        if (!problems.isEmpty()) {
            throw invalid(TargetError.INVALID_BOOK, problems);
        }
        BigDecimal sum = items.stream().map(Item::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(categoryPoints) != 0) {
            throw new KaoheException(
                    TargetError.POINTS_DO_NOT_ADD_UP,
                    List.of(Problem.ofField(
                            "targets[].points", "各项目标分值合计 " + plain(sum) + " 分，应等于 " + plain(categoryPoints) + " 分")),
                    plain(sum),
                    categoryName,
                    plain(categoryPoints));
        }
    }

    static List<Problem> itemProblems(String at, Item item) {
        List<Problem> out = new ArrayList<>();
        if (item == null) {
            out.add(Problem.ofField(at, "缺少目标"));
            return out;
        }
        if (item.title() == null || item.title().isBlank()) {
            out.add(Problem.ofField(at + ".title", "请填写目标名称"));
        } else if (item.title().strip().length() > MAX_TITLE) {
            out.add(Problem.ofField(at + ".title", "目标名称不超过 " + MAX_TITLE + " 字"));
        } else if (item.title().indexOf('\0') >= 0) {
            out.add(Problem.ofField(at + ".title", "含有不允许的字符"));
        }
        if (item.points() == null || item.points().signum() <= 0) {
            out.add(Problem.ofField(at + ".points", "分值须大于 0"));
        } else if (item.points().stripTrailingZeros().scale() > 2
                || item.points().compareTo(new BigDecimal("100000")) >= 0) {
            out.add(Problem.ofField(at + ".points", "分值最多两位小数"));
        }
        if (item.kind() == null) {
            out.add(Problem.ofField(at + ".kind", "请选择有数据指标或无数据指标"));
        } else if (item.kind() == TargetKind.NUMERIC) {
            if (item.targetValue() == null || item.targetValue().signum() <= 0) {
                out.add(Problem.ofField(at + ".targetValue", "有数据指标的目标须填写大于 0 的目标值"));
            } else if (item.targetValue().compareTo(new BigDecimal("1e14")) >= 0
                    || item.targetValue().stripTrailingZeros().scale() > 4) {
                out.add(Problem.ofField(at + ".targetValue", "目标值过大或超过四位小数"));
            }
            if (item.measureUnit() == null || item.measureUnit().isBlank()) {
                out.add(Problem.ofField(at + ".measureUnit", "有数据指标的目标须填写计量单位"));
            } else if (item.measureUnit().strip().length() > MAX_MEASURE_UNIT) {
                out.add(Problem.ofField(at + ".measureUnit", "计量单位不超过 " + MAX_MEASURE_UNIT + " 字"));
            }
        } else if (item.targetValue() != null) {
            out.add(Problem.ofField(at + ".targetValue", "无数据指标的目标不填目标值"));
        }
        if (item.coUnitIds() != null) {
            Set<Long> seen = new HashSet<>();
            for (Long co : item.coUnitIds()) {
                if (co == null || !seen.add(co)) {
                    out.add(Problem.ofField(at + ".coUnitIds", "协办单位为空或重复"));
                } else if (co.equals(item.leadUnitId())) {
                    out.add(Problem.ofField(at + ".coUnitIds", "牵头单位不能同时是协办单位"));
                }
            }
        }
        return out;
    }

    /**
     * Seed 004 第九条: 因特殊情况确需调整目标任务的，由各部门于当年7月1日前向区目标办提出申请. A request on {@code today}
     * is refused from the cut-off day on.
     *
     * @throws KaoheException TARGET-005 naming the cut-off
     */
    public static void checkBeforeCutoff(Optional<LocalDate> cutoff, LocalDate today) {
        if (cutoff.isPresent() && !today.isBefore(cutoff.get())) {
            throw new KaoheException(
                    TargetError.CUTOFF_PASSED,
                    List.of(Problem.ofField("requestedAt", "截止日 " + cutoff.get() + "，申请日 " + today)),
                    cutoff.get().format(SHOW),
                    today.format(SHOW));
        }
    }

    /** Problems of a completion report of a target of {@code kind}. */
    static List<Problem> completionProblems(TargetKind kind, Completion c) {
        List<Problem> out = new ArrayList<>();
        boolean notApplicable = Boolean.TRUE.equals(c.notApplicable());
        if (c.evidence() == null || c.evidence().isBlank()) {
            out.add(Problem.ofField("evidence", "请填写完成情况说明和证明材料"));
        } else if (c.evidence().length() > MAX_EVIDENCE || c.evidence().indexOf('\0') >= 0) {
            out.add(Problem.ofField("evidence", "说明不超过 " + MAX_EVIDENCE + " 字且不含控制字符"));
        }
        if (c.attachments() != null
                && (c.attachments().length() > MAX_ATTACHMENTS
                        || c.attachments().indexOf('\0') >= 0)) {
            out.add(Problem.ofField("attachments", "附件引用不超过 " + MAX_ATTACHMENTS + " 字"));
        }
        if (notApplicable && Boolean.TRUE.equals(c.forceMajeure())) {
            out.add(Problem.ofField("forceMajeure", "缺项与“全面开展但受不可抗拒因素影响”只能选一项"));
        }
        if (!notApplicable) {
            if (kind == TargetKind.NUMERIC) {
                if (c.actual() == null || c.actual().signum() < 0) {
                    out.add(Problem.ofField("actual", "有数据指标的目标须填写完成数（不小于 0）"));
                } else if (c.actual().compareTo(new BigDecimal("1e14")) >= 0
                        || c.actual().stripTrailingZeros().scale() > 4) {
                    out.add(Problem.ofField("actual", "完成数过大或超过四位小数"));
                }
                if (c.outcome() != null) {
                    out.add(Problem.ofField("outcome", "有数据指标的目标按完成数计分，不填完成效果"));
                }
            } else {
                if (c.outcome() == null && !Boolean.TRUE.equals(c.forceMajeure())) {
                    out.add(Problem.ofField("outcome", "无数据指标的目标须选择完成情况（效果好、一般、差或未完成）"));
                }
                if (c.actual() != null) {
                    out.add(Problem.ofField("actual", "无数据指标的目标不填完成数"));
                }
            }
        }
        return out;
    }

    /** Problems of the inspection's check of a target of {@code kind}. */
    static List<Problem> checkProblems(TargetKind kind, boolean reported, Check c) {
        List<Problem> out = new ArrayList<>();
        if (c.result() == null) {
            out.add(Problem.ofField("result", "请选择核验结果（属实、弄虚作假或缺项）"));
            return out;
        }
        if (c.result() != CheckResult.MISSING && !reported) {
            out.add(Problem.ofField("result", "单位尚未上报完成情况，只能核定为缺项"));
        }
        if (c.result() == CheckResult.FALSIFIED && (c.note() == null || c.note().isBlank())) {
            out.add(Problem.ofField("note", "核定弄虚作假须写明核验情况"));
        }
        if (c.note() != null && (c.note().length() > MAX_NOTE || c.note().indexOf('\0') >= 0)) {
            out.add(Problem.ofField("note", "核验说明不超过 " + MAX_NOTE + " 字"));
        }
        if (c.actual() != null && (kind != TargetKind.NUMERIC || c.actual().signum() < 0)) {
            out.add(Problem.ofField("actual", kind == TargetKind.NUMERIC ? "完成数不能为负" : "无数据指标的目标不填完成数"));
        }
        if (c.outcome() != null && kind != TargetKind.QUALITATIVE) {
            out.add(Problem.ofField("outcome", "有数据指标的目标不填完成效果"));
        }
        return out;
    }

    /**
     * The engine's view of a target: checked items as the inspection found them (第十六条 弄虚作假 → falsified, 第十七条
     * 缺项 → missing), reported unchecked items as reported (a provisional score), unreported items not at all.
     */
    public static Optional<TargetResult> result(Target t) {
        if (t.getCheckResult() == null && !t.isReported()) {
            return Optional.empty();
        }
        boolean falsified = t.getCheckResult() == CheckResult.FALSIFIED;
        // a unit's 缺项 claim holds unless the inspection found it falsified
        boolean missing = t.getCheckResult() == CheckResult.MISSING || (!falsified && t.isClaimedMissing());
        boolean numeric = t.getKind() == TargetKind.NUMERIC;
        BigDecimal actual = t.getActualValue() == null && falsified ? BigDecimal.ZERO : t.getActualValue();
        return Optional.of(new TargetResult(
                String.valueOf(t.getUnitId()),
                t.getCategoryId(),
                "T" + t.getId(),
                t.getTitle(),
                t.getPoints(),
                numeric ? t.getTargetValue() : null,
                numeric ? actual : null,
                numeric ? null : t.getOutcome() == null && falsified ? TargetOutcome.NOT_DONE : t.getOutcome(),
                falsified,
                missing,
                !missing && !falsified && t.isForceMajeure()));
    }

    /** The Chinese name of a target kind (有数据指标 / 无数据指标). */
    public static String kindLabel(TargetKind kind) {
        return kind == TargetKind.NUMERIC ? "有数据指标" : "无数据指标";
    }

    /**
     * The differences between a target before and after a change, in words (分值 25 → 20, 目标值 5000 万元 → 4000 万元);
     * {@code unitName} names the lead and co-responsible units. "未作改动" when nothing differs.
     */
    static List<String> differences(Item before, Item after, java.util.function.Function<Long, String> unitName) {
        List<String> out = new ArrayList<>();
        if (!java.util.Objects.equals(before.title(), after.title())) {
            out.add("名称改为“" + after.title() + "”");
        }
        if (!same(before.points(), after.points())) {
            out.add("分值 " + plain(before.points()) + " → " + plain(after.points()));
        }
        if (before.kind() != after.kind()) {
            out.add("类型 " + kindLabel(before.kind()) + " → " + kindLabel(after.kind()));
        }
        String targetBefore = figure(before);
        String targetAfter = figure(after);
        if (!targetBefore.equals(targetAfter)) {
            out.add("目标值 " + targetBefore + " → " + targetAfter);
        }
        if (!java.util.Objects.equals(before.leadUnitId(), after.leadUnitId()) && after.leadUnitId() != null) {
            out.add("牵头单位改为" + unitName.apply(after.leadUnitId()));
        }
        List<Long> coBefore = before.coUnitIds() == null ? List.of() : before.coUnitIds();
        List<Long> coAfter = after.coUnitIds() == null ? List.of() : after.coUnitIds();
        if (!Set.copyOf(coBefore).equals(Set.copyOf(coAfter))) {
            out.add("协办单位改为"
                    + (coAfter.isEmpty()
                            ? "无"
                            : String.join("、", coAfter.stream().map(unitName).toList())));
        }
        return out.isEmpty() ? List.of("未作改动") : out;
    }

    private static String figure(Item i) {
        return i.kind() == TargetKind.NUMERIC && i.targetValue() != null
                ? plain(i.targetValue()) + " "
                        + (i.measureUnit() == null ? "" : i.measureUnit().strip())
                : "—";
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static KaoheException invalid(TargetError code, List<Problem> problems) {
        String summary = problems.size() == 1
                ? problems.get(0).field() + "：" + problems.get(0).message()
                : "共 " + problems.size() + " 处错误";
        return new KaoheException(code, problems, summary);
    }

    static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
