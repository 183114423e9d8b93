package cn.kaohe.scoring;

import cn.kaohe.scoring.ScoringInput.Adjustment;
import cn.kaohe.scoring.ScoringInput.LedgerFact;
import cn.kaohe.scoring.ScoringInput.Rating;
import cn.kaohe.scoring.ScoringInput.Subject;
import cn.kaohe.scoring.model.Category;
import cn.kaohe.scoring.model.FactRule;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.scoring.model.Target;
import cn.kaohe.scoring.model.Valuation;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks scoring input against a scheme; every problem names the list, index and field. */
final class InputValidator {

    private InputValidator() {}

    static void check(SchemeVersion scheme, ScoringInput input) {
        List<Problem> problems = validate(scheme, input);
        if (!problems.isEmpty()) {
            throw new KaoheException(
                    ScoringError.INPUT_INVALID, problems, problems.size(), SchemeValidator.summary(problems));
        }
    }

    static List<Problem> validate(SchemeVersion scheme, ScoringInput in) {
        List<Problem> out = new ArrayList<>();
        Set<String> subjectIds = new HashSet<>();
        Set<String> unitIds = new HashSet<>();
        for (int i = 0; i < in.subjects().size(); i++) {
            Subject s = in.subjects().get(i);
            if (s.id() == null || s.id().isBlank()) {
                out.add(Problem.ofField("subjects[" + i + "].id", "考核对象编号不能为空"));
            } else if (!subjectIds.add(s.id())) {
                out.add(Problem.ofField("subjects[" + i + "].id", "考核对象编号重复：" + s.id()));
            }
            if (s.unitId() != null) {
                unitIds.add(s.unitId());
            }
            unitIds.addAll(s.supervisedUnitIds());
            if (s.monthsInPost() < 0 || s.monthsInPost() > 12) {
                out.add(Problem.ofField("subjects[" + i + "].monthsInPost", "在岗月数须在 0～12 之间"));
            }
        }
        Map<String, List<FactRule>> rulesByType = new HashMap<>();
        for (FactRule r : scheme.factRules()) {
            rulesByType.computeIfAbsent(r.factType(), k -> new ArrayList<>()).add(r);
        }
        Set<String> factIds = new HashSet<>();
        for (int i = 0; i < in.facts().size(); i++) {
            LedgerFact f = in.facts().get(i);
            String at = "facts[" + i + "]";
            if (f.id() == null || f.id().isBlank()) {
                out.add(Problem.ofField(at + ".id", "台账事项编号不能为空"));
            } else if (!factIds.add(f.id())) {
                out.add(Problem.ofField(at + ".id", "台账事项编号重复：" + f.id()));
            }
            List<FactRule> rules = rulesByType.get(f.type());
            if (rules == null) {
                out.add(Problem.ofField(at + ".type", "方案中没有该台账事项类型：" + f.type()));
                continue;
            }
            if (f.quantity().signum() < 0) {
                out.add(Problem.ofField(at + ".quantity", "数量不能为负：" + Decimals.text(f.quantity())));
            }
            if (f.amount() != null && f.amount().signum() < 0) {
                out.add(Problem.ofField(at + ".amount", "金额不能为负"));
            }
            for (String sid : f.subjectIds()) {
                if (!subjectIds.contains(sid)) {
                    out.add(Problem.ofField(at + ".subjectIds", "考核对象不存在：" + sid));
                }
            }
            boolean needsUnit = false;
            for (FactRule r : rules) {
                if (!r.levels().isEmpty() && !r.levels().contains(f.level())) {
                    out.add(Problem.ofField(
                            at + ".level",
                            (f.level() == null ? "未填写级别" : "级别“" + Vocabulary.level(f.level()) + "”")
                                    + "不适用于“" + (r.name() == null ? r.id() : r.name()) + "”（可选："
                                    + String.join(
                                            "/",
                                            r.levels().stream()
                                                    .map(Vocabulary::level)
                                                    .toList())
                                    + "）"));
                }
                if (r.valuation() == Valuation.COMMITTEE) {
                    if (f.points() == null) {
                        out.add(Problem.ofField(at + ".points", "规则 " + r.id() + " 须由领导小组审定分值"));
                    } else if (f.points().compareTo(r.minPoints()) < 0
                            || f.points().compareTo(r.maxPoints()) > 0) {
                        out.add(Problem.ofField(
                                at + ".points",
                                "审定分值 " + Decimals.text(f.points()) + " 超出规则 " + r.id() + " 的范围 "
                                        + Decimals.text(r.minPoints()) + "～" + Decimals.text(r.maxPoints())));
                    }
                    if (f.reason() == null || f.reason().isBlank()) {
                        out.add(Problem.ofField(at + ".reason", "审定分值须写明理由"));
                    }
                }
                needsUnit |= r.targets().stream().anyMatch(t -> t != Target.FACT_SUBJECTS);
                if (r.targets().contains(Target.FACT_SUBJECTS)
                        && r.targets().size() == 1
                        && f.subjectIds().isEmpty()) {
                    out.add(Problem.ofField(at + ".subjectIds", "须指明考核对象"));
                }
            }
            if (needsUnit && f.unitId() == null && f.subjectIds().isEmpty()) {
                out.add(Problem.ofField(at + ".unitId", "全办扣分须指明单位"));
            }
        }
        for (int i = 0; i < in.facts().size(); i++) {
            LedgerFact f = in.facts().get(i);
            if (f.reverses() != null && !factIds.contains(f.reverses())) {
                out.add(Problem.ofField("facts[" + i + "].reverses", "被冲正的台账事项不存在：" + f.reverses()));
            }
        }
        Map<String, Category> categories = new HashMap<>();
        scheme.categories().forEach(c -> categories.put(c.id(), c));
        for (int i = 0; i < in.ratings().size(); i++) {
            Rating r = in.ratings().get(i);
            String at = "ratings[" + i + "]";
            if (!subjectIds.contains(r.subjectId())) {
                out.add(Problem.ofField(at + ".subjectId", "考核对象不存在：" + r.subjectId()));
            }
            if (r.score() != null && r.score().signum() < 0) {
                out.add(Problem.ofField(at + ".score", "评分不能为负"));
            }
            if (r.score() == null && r.grade() == null) {
                out.add(Problem.ofField(at + ".score", "须填写分数或等次"));
            }
        }
        for (int i = 0; i < in.periodScores().size(); i++) {
            var p = in.periodScores().get(i);
            if (!subjectIds.contains(p.subjectId())) {
                out.add(Problem.ofField("periodScores[" + i + "].subjectId", "考核对象不存在：" + p.subjectId()));
            }
            if (!categories.containsKey(p.category())) {
                out.add(Problem.ofField("periodScores[" + i + "].category", "未知的分类：" + p.category()));
            }
            if (p.score() == null || p.score().signum() < 0) {
                out.add(Problem.ofField("periodScores[" + i + "].score", "分数须填写且不能为负"));
            }
        }
        for (int i = 0; i < in.targets().size(); i++) {
            var t = in.targets().get(i);
            String at = "targets[" + i + "]";
            if (!subjectIds.contains(t.subjectId())) {
                out.add(Problem.ofField(at + ".subjectId", "考核对象不存在：" + t.subjectId()));
            }
            if (!categories.containsKey(t.category())) {
                out.add(Problem.ofField(at + ".category", "未知的分类：" + t.category()));
            }
            if (t.standardPoints() == null || t.standardPoints().signum() < 0) {
                out.add(Problem.ofField(at + ".standardPoints", "标准分须填写且不能为负"));
            }
            if (t.planned() != null && t.planned().signum() <= 0) {
                out.add(Problem.ofField(at + ".planned", "数据指标的任务数必须大于0"));
            }
            if (t.planned() != null && t.actual() == null && !t.missing()) {
                out.add(Problem.ofField(at + ".actual", "须填写完成数"));
            }
            if (t.planned() == null && t.outcome() == null && !t.missing() && !t.forceMajeure()) {
                out.add(Problem.ofField(at + ".outcome", "无数据指标的目标须填写完成情况"));
            }
        }
        for (int i = 0; i < in.adjustments().size(); i++) {
            Adjustment a = in.adjustments().get(i);
            String at = "adjustments[" + i + "]";
            if (!subjectIds.contains(a.subjectId())) {
                out.add(Problem.ofField(at + ".subjectId", "考核对象不存在：" + a.subjectId()));
            }
            if (!"total".equals(a.target()) && !categories.containsKey(a.target())) {
                out.add(Problem.ofField(at + ".target", "调整对象须为 total 或分类编号：" + a.target()));
            }
            if ((a.newValue() == null) == (a.delta() == null)) {
                out.add(Problem.ofField(at + ".newValue", "新分值与增减分值须且只须填写一个"));
            }
            if (a.reason() == null || a.reason().isBlank()) {
                out.add(Problem.ofField(at + ".reason", "调整须写明理由"));
            }
        }
        if (in.payPool() != null && in.payPool().signum() < 0) {
            out.add(Problem.ofField("payPool", "奖金总额不能为负"));
        }
        return out;
    }

    static boolean positive(BigDecimal v) {
        return v != null && v.signum() > 0;
    }
}
