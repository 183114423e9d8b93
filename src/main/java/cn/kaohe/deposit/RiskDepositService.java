package cn.kaohe.deposit;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.campaign.AssessmentLookups;
import cn.kaohe.org.OrgLookups;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scoring.model.GradeSpec;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk deposits (目标风险抵押金, seed 001 篇四 二(七)1(2)): the office records what a cadre paid for a work item of a year and
 * settles it by the year's finalised annual result; every change audited, bad input changes nothing.
 */
@Service
public class RiskDepositService {

    private static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(1_000_000);

    private final RiskDepositRepository deposits;
    private final SchemeCatalog schemes;
    private final AuditTrail audit;
    private final OrgLookups org;
    private final AssessmentLookups assessments;
    private final Clock clock;

    RiskDepositService(
            RiskDepositRepository deposits,
            SchemeCatalog schemes,
            AuditTrail audit,
            OrgLookups org,
            AssessmentLookups assessments,
            Clock clock) {
        this.deposits = deposits;
        this.schemes = schemes;
        this.audit = audit;
        this.org = org;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** A deposit paid: the cadre, the year, the work item (重点工作、临时突击工作、临时疑难工作…), the amount and day. */
    public record Pay(Long cadreId, Integer year, String item, BigDecimal amount, LocalDate paidOn) {}

    /** The settlement: whether the work item was done on time (按时限完成), with a note. */
    public record Settle(Boolean onTime, String note) {}

    @Transactional(readOnly = true)
    public RiskDeposit deposit(long id) {
        return deposits.findById(id).orElseThrow(() -> KaoheException.notFound("风险抵押金", id));
    }

    @Transactional(readOnly = true)
    public List<RiskDeposit> ofYear(int year) {
        return deposits.findByYearOrderByCadreIdAscIdAsc(year);
    }

    /** A deposit as the report pack prints it (the pay report's risk-deposit text), with its recording and settling times. */
    public record DepositLine(
            long cadreId,
            String item,
            java.math.BigDecimal amount,
            String status,
            java.math.BigDecimal refund,
            java.math.BigDecimal award,
            OffsetDateTime recordedAt,
            OffsetDateTime settledAt) {}

    /** The deposits of a year, by cadre and then in the order recorded (one query). */
    @Transactional(readOnly = true)
    public List<DepositLine> linesOfYear(int year) {
        return ofYear(year).stream()
                .map(d -> new DepositLine(
                        d.getCadreId(),
                        d.getItem(),
                        d.getAmount(),
                        d.getStatus() == null ? null : d.getStatus().name(),
                        d.getRefund(),
                        d.getAward(),
                        d.getRecordedAt(),
                        d.getSettledAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<RiskDeposit> ofCadre(long cadreId) {
        return deposits.findByCadreIdOrderByYearDescIdAsc(cadreId);
    }

    @Transactional
    public RiskDeposit pay(Pay p, String user) {
        List<Problem> problems = new ArrayList<>();
        if (p.cadreId() == null) {
            problems.add(Problem.ofField("cadreId", "请选择干部"));
        } else if (!org.cadreExists(p.cadreId())) {
            problems.add(Problem.ofField("cadreId", "干部不存在：" + p.cadreId()));
        }
        if (p.year() == null || p.year() < 2000 || p.year() > 2100) {
            problems.add(Problem.ofField("year", "请填写年度（2000–2100）"));
        }
        String item = p.item() == null ? "" : p.item().strip();
        if (item.isEmpty()) {
            problems.add(Problem.ofField("item", "请填写抵押的工作项目"));
        } else if (item.length() > 200) {
            problems.add(Problem.ofField("item", "工作项目不超过 200 字"));
        }
        if (p.amount() == null) {
            problems.add(Problem.ofField("amount", "请填写抵押金额"));
        } else if (p.amount().signum() <= 0) {
            problems.add(Problem.ofField("amount", "抵押金额须大于 0，现为 " + p.amount().toPlainString()));
        } else if (p.amount().compareTo(MAX_AMOUNT) > 0
                || p.amount().stripTrailingZeros().scale() > 2) {
            problems.add(Problem.ofField("amount", "抵押金额不超过 100 万元，最多2位小数"));
        }
        if (p.paidOn() == null) {
            problems.add(Problem.ofField("paidOn", "请填写缴纳日期"));
        } else if (p.paidOn().isAfter(LocalDate.now(clock))) {
            problems.add(Problem.ofField("paidOn", "缴纳日期不能晚于今天"));
        }
        if (!problems.isEmpty()) {
            throw new KaoheException(
                    DepositError.INVALID, problems, problems.get(0).message());
        }
        if (deposits.existsByCadreIdAndYearAndItem(p.cadreId(), p.year(), item)) {
            throw new KaoheException(DepositError.DUPLICATE, p.year(), item);
        }
        RiskDeposit d;
        try {
            d = deposits.saveAndFlush(new RiskDeposit(
                    p.cadreId(), p.year(), item, p.amount(), p.paidOn(), user, OffsetDateTime.now(clock)));
        } catch (DataIntegrityViolationException e) {
            // a double submit: the unique constraint risk_deposit_item kept the other one
            throw new KaoheException(DepositError.DUPLICATE, p.year(), item);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("cadreId", p.cadreId());
        after.put("year", p.year());
        after.put("item", item);
        after.put("amount", p.amount().toPlainString());
        after.put("paidOn", p.paidOn().toString());
        audit.record(user, AuditEvent.created("RISK_DEPOSIT_PAID", "RiskDeposit", d.getId(), after, null));
        return d;
    }

    /**
     * Settles a deposit by the year's finalised annual result (seed 001 篇四 二(七)1(2), 2(1)): 达标 means the cadre's
     * grade is not the scheme's lowest (不合格 / 不称职 / D…).
     */
    @Transactional
    public RiskDeposit settle(long id, Settle s, String user) {
        RiskDeposit d = deposit(id);
        if (d.getStatus() != DepositStatus.PAID) {
            throw new KaoheException(DepositError.SETTLED, id, d.getStatus().label());
        }
        if (s == null || s.onTime() == null) {
            throw new KaoheException(
                    DepositError.INVALID, List.of(Problem.ofField("onTime", "请选择是否按时限完成（true/false）")), "请选择是否按时限完成");
        }
        String note = s.note() == null || s.note().isBlank() ? null : s.note().strip();
        if (note != null && note.length() > 2000) {
            throw new KaoheException(DepositError.INVALID, List.of(Problem.ofField("note", "说明不超过 2000 字")), "说明过长");
        }
        YearResult result = yearResult(d.getCadreId(), d.getYear());
        boolean met = result.met();
        DepositRules.Settlement settlement = DepositRules.settle(
                d.getAmount(),
                s.onTime(),
                met,
                result.scheme().approvals().deposit().awardMultiplier());
        String before = d.getStatus().name();
        d.settled(s.onTime(), settlement, user, OffsetDateTime.now(clock), note);
        deposits.saveAndFlush(d);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", settlement.status().name());
        after.put("onTime", s.onTime());
        after.put("resultMet", met);
        after.put("refund", settlement.refund().toPlainString());
        after.put("award", settlement.award().toPlainString());
        audit.record(user, AuditEvent.changed("RISK_DEPOSIT_SETTLED", "RiskDeposit", id, before, after, note));
        return d;
    }

    /**
     * Whether the cadre's finalised annual result of the year is 达标 (not the scheme's lowest grade), and that
     * campaign's scheme (its award multiplier); 409 if none.
     */
    private record YearResult(boolean met, SchemeVersion scheme) {}

    private YearResult yearResult(long cadreId, int year) {
        AssessmentLookups.AnnualResult result = assessments
                .finalisedAnnualResult(cadreId, year)
                .filter(r -> r.grade() != null)
                .orElseThrow(() -> new KaoheException(DepositError.NO_RESULT, year));
        String grade = result.grade();
        SchemeVersion model = schemes.model(result.schemeVersionId());
        List<GradeSpec> grades = model.grading().grades();
        return new YearResult(
                grades.isEmpty() || !grades.get(grades.size() - 1).code().equals(grade), model);
    }
}
