package cn.kaohe.campaign;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.org.OrgLookups;
import cn.kaohe.scoring.PartyBuildingGrades;
import cn.kaohe.scoring.ScoringInput.VillageGrade;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The township's monthly 党建 assessment of its villages and communities (seed 003 六3: 各乡镇(场)党委要对所辖村(社区)每月进行
 * 一次党建工作考核), entered by the office: a score per village and month, graded 90/80/70 and placed among the villages of
 * the same township that month. A correction replaces the month's score (audited with before and after).
 */
@Service
public class VillageGrades {

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final OrgLookups org;

    VillageGrades(JdbcTemplate jdbc, AuditTrail audit, Clock clock, OrgLookups org) {
        this.jdbc = jdbc;
        this.org = org;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records (or corrects) a village's score for a month. */
    @Transactional
    public VillageGrade record(Long villageId, YearMonth month, BigDecimal score, String recordedBy, String reason) {
        List<Problem> problems = new ArrayList<>();
        String kind = villageId == null
                ? null
                : org.unit(villageId).map(OrgLookups.UnitRow::kind).orElse(null);
        if (kind == null) {
            problems.add(Problem.ofField("villageId", "村（社区）不存在：" + villageId));
        } else if (!kind.equals("VILLAGE") && !kind.equals("COMMUNITY")) {
            problems.add(Problem.ofField("villageId", "只能录入村（社区）的党建考核结果"));
        }
        if (month == null) {
            problems.add(Problem.ofField("month", "请填写月份（如 2026-05）"));
        } else if (month.isAfter(YearMonth.now(clock))) {
            problems.add(Problem.ofField("month", "月份 " + month + " 尚未到来"));
        }
        if (score == null) {
            problems.add(Problem.ofField("score", "请填写得分"));
        } else if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0 || score.scale() > 2) {
            problems.add(Problem.ofField("score", "得分须在 0～100 之间，最多两位小数"));
        }
        if (!problems.isEmpty()) {
            throw new KaoheException(
                    CampaignError.VILLAGE_GRADE_INVALID,
                    problems,
                    problems.get(0).message());
        }
        Date first = Date.valueOf(month.atDay(1));
        List<BigDecimal> before = jdbc.queryForList(
                "select score from village_grade where village_id = ? and grade_month = ?",
                BigDecimal.class,
                villageId,
                first);
        if (before.isEmpty()) {
            jdbc.update(
                    "insert into village_grade (village_id, grade_month, score, recorded_by, recorded_at) values (?, ?, ?, ?, ?)",
                    villageId,
                    first,
                    score,
                    recordedBy,
                    OffsetDateTime.now(clock));
        } else {
            jdbc.update(
                    "update village_grade set score = ?, recorded_by = ?, recorded_at = ? where village_id = ? and grade_month = ?",
                    score,
                    recordedBy,
                    OffsetDateTime.now(clock),
                    villageId,
                    first);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("month", month.toString());
        after.put("score", score.toPlainString());
        after.put("grade", PartyBuildingGrades.of(score));
        audit.record(AuditEvent.changed(
                "VILLAGE_GRADE_RECORDED",
                "OrgUnit",
                villageId,
                before.isEmpty() ? null : before.get(0).toPlainString(),
                after,
                reason == null || reason.isBlank() ? "村党建月度考核结果录入" : reason.strip()));
        return of(List.of(villageId), month, month).stream()
                .filter(g -> g.period().equals(month.toString()))
                .findFirst()
                .orElseThrow();
    }

    /**
     * The grades of the villages in the months from {@code from} to {@code to}, each placed among the villages of the
     * same township (parent unit) graded that month (1 = best; equal scores share a place).
     */
    @Transactional(readOnly = true)
    public List<VillageGrade> of(Collection<Long> villageIds, YearMonth from, YearMonth to) {
        if (villageIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = villageIds.stream().distinct().toList();
        List<VillageGrade> out = new ArrayList<>();
        // per township (parent unit): every village under it, so that places count all of them
        for (List<Long> villages : org.siblings(ids).values()) {
            Map<String, List<Object[]>> byMonth = new LinkedHashMap<>();
            jdbc.query(
                    "select g.village_id, g.grade_month, g.score from village_grade g where g.village_id in ("
                            + marks(villages.size()) + ") and g.grade_month >= ? and g.grade_month <= ?"
                            + " order by g.grade_month, g.village_id",
                    rs -> {
                        String month =
                                YearMonth.from(rs.getDate(2).toLocalDate()).toString();
                        byMonth.computeIfAbsent(month, k -> new ArrayList<>())
                                .add(new Object[] {rs.getLong(1), rs.getBigDecimal(3)});
                    },
                    java.util.stream.Stream.concat(
                                    villages.stream(),
                                    java.util.stream.Stream.of(Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1))))
                            .toArray());
            for (Map.Entry<String, List<Object[]>> m : byMonth.entrySet()) {
                List<Object[]> rows = m.getValue();
                for (Object[] row : rows) {
                    long village = (Long) row[0];
                    if (!ids.contains(village)) {
                        continue;
                    }
                    BigDecimal score = (BigDecimal) row[1];
                    int better = 0;
                    for (Object[] other : rows) {
                        if (((BigDecimal) other[1]).compareTo(score) > 0) {
                            better++;
                        }
                    }
                    out.add(new VillageGrade(
                            String.valueOf(village),
                            m.getKey(),
                            score,
                            PartyBuildingGrades.of(score),
                            better + 1,
                            rows.size()));
                }
            }
        }
        return out;
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
