package cn.kaohe.org;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cadre's posts over time (任职经历, docs/adr/0017). Every change of a cadre's unit, post rank or leadership role
 * through the API or the roster import closes the current term at the month before and opens a new one this month
 * (a second change in the same month corrects the month's term); deactivation closes it this month. The office can
 * also set a cadre's whole history (a new hire's first month, a transfer dated in the past): terms never overlap and
 * never end before they start. Months in a unit and in post (seed 004 第二十四条 分段按月计发) are counted from here.
 */
@Service
@Transactional
public class PostHistory {

    private final JdbcTemplate jdbc;
    private final OrgUnitRepository units;
    private final OrgService org;
    private final AuditTrail audit;
    private final Clock clock;

    PostHistory(JdbcTemplate jdbc, OrgUnitRepository units, OrgService org, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.org = org;
        this.audit = audit;
        this.clock = clock;
    }

    /** A term as the office enters it. */
    public record TermCommand(
            Long unitId, PostRank postRank, LeadershipRole leadershipRole, YearMonth fromMonth, YearMonth toMonth) {}

    /** The cadre's terms, oldest first. */
    @Transactional(readOnly = true)
    public List<PostTerm> of(long cadreId) {
        return of(List.of(cadreId)).getOrDefault(cadreId, List.of());
    }

    /** The terms of many cadres, oldest first per cadre. */
    @Transactional(readOnly = true)
    public Map<Long, List<PostTerm>> of(Collection<Long> cadreIds) {
        Map<Long, List<PostTerm>> out = new HashMap<>();
        List<Long> ids = cadreIds.stream().distinct().toList();
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            jdbc.query(
                    "select * from cadre_post where cadre_id in (" + marks(chunk.size()) + ")",
                    rs -> {
                        PostTerm t = term(rs);
                        out.computeIfAbsent(t.cadreId(), k -> new ArrayList<>()).add(t);
                    },
                    chunk.toArray());
        }
        out.values().forEach(l -> l.sort(ORDER));
        return out;
    }

    /** Every term in one of the units that covers a month of the year, oldest first. */
    @Transactional(readOnly = true)
    public List<PostTerm> inUnits(Collection<Long> unitIds, int year) {
        List<PostTerm> out = new ArrayList<>();
        List<Long> ids = unitIds.stream().distinct().toList();
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            List<Object> args = new ArrayList<>(chunk);
            args.add(Date.valueOf(LocalDate.of(year, 12, 1)));
            args.add(Date.valueOf(LocalDate.of(year, 1, 1)));
            jdbc.query(
                    "select * from cadre_post where unit_id in (" + marks(chunk.size()) + ")"
                            + " and (from_month is null or from_month <= ?) and (to_month is null or to_month >= ?)",
                    rs -> {
                        out.add(term(rs));
                    },
                    args.toArray());
        }
        out.sort(ORDER);
        return out;
    }

    /**
     * Replaces a cadre's history with the terms given (the office corrects months or records a transfer). Refused,
     * naming the field, when a term ends before it starts, two terms overlap, a unit does not exist, a post rank is
     * missing or more than one term is open. Audited with before and after.
     */
    public List<PostTerm> replace(long cadreId, List<TermCommand> commands, String reason) {
        Cadre cadre = org.findCadre(cadreId);
        if (reason == null || reason.isBlank()) {
            throw new KaoheException(
                    OrgError.POST_HISTORY_INVALID, List.of(Problem.ofField("reason", "请填写理由")), "请填写理由");
        }
        List<Problem> problems = new ArrayList<>();
        List<PostTerm> terms = new ArrayList<>();
        if (commands == null || commands.isEmpty()) {
            problems.add(Problem.ofField("terms", "至少填写一段任职经历"));
        } else {
            for (int i = 0; i < commands.size(); i++) {
                TermCommand c = commands.get(i);
                String at = "terms[" + i + "].";
                if (c == null) {
                    problems.add(Problem.ofField("terms[" + i + "]", "任职经历不能为空"));
                    continue;
                }
                if (c.unitId() == null || units.findById(c.unitId()).isEmpty()) {
                    problems.add(Problem.ofField(at + "unitId", "单位不存在：" + c.unitId()));
                }
                if (c.postRank() == null) {
                    problems.add(Problem.ofField(at + "postRank", "请选择职级"));
                }
                if (c.fromMonth() != null && c.toMonth() != null && c.toMonth().isBefore(c.fromMonth())) {
                    problems.add(Problem.ofField(at + "toMonth", "结束月份 " + c.toMonth() + " 早于开始月份 " + c.fromMonth()));
                }
                terms.add(new PostTerm(
                        null,
                        cadreId,
                        c.unitId() == null ? 0 : c.unitId(),
                        c.postRank(),
                        c.leadershipRole(),
                        c.fromMonth(),
                        c.toMonth()));
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(overlaps(terms));
        }
        if (problems.isEmpty()
                && terms.stream().filter(t -> t.toMonth() == null).count() > 1) {
            problems.add(Problem.ofField("terms", "只能有一段任职经历没有结束月份（现任职务）"));
        }
        if (!problems.isEmpty()) {
            throw new KaoheException(
                    OrgError.POST_HISTORY_INVALID, problems, problems.get(0).message());
        }
        List<PostTerm> before = of(cadreId);
        jdbc.update("delete from cadre_post where cadre_id = ?", cadreId);
        terms.forEach(this::insert);
        List<PostTerm> after = of(cadreId);
        audit.record(AuditEvent.changed(
                "CADRE_POST_HISTORY_CHANGED", "Cadre", cadre.getCode(), texts(before), texts(after), reason.strip()));
        return after;
    }

    /** Problems for terms that share a month, each naming the later term's first month. */
    static List<Problem> overlaps(List<PostTerm> terms) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            for (int j = i + 1; j < terms.size(); j++) {
                if (terms.get(i).overlaps(terms.get(j))) {
                    problems.add(Problem.ofField(
                            "terms[" + j + "].fromMonth", "第 " + (j + 1) + " 段任职经历与第 " + (i + 1) + " 段的月份重叠"));
                }
            }
        }
        return problems;
    }

    /** The current post of a cadre as the roster now holds it. */
    record Now(long cadreId, long unitId, PostRank postRank, LeadershipRole leadershipRole, boolean active) {
        static Now of(Cadre c) {
            return new Now(c.getId(), c.getUnit().getId(), c.getPostRank(), c.getLeadershipRole(), c.isActive());
        }
    }

    /**
     * Follows the roster: a cadre's new unit, post rank or leadership role closes the current term at the month
     * before and opens one this month; a cadre without a history gets one term since before the history began (the
     * office sets a new hire's first month with {@link #replace}); a deactivated cadre's term ends this month.
     */
    void follow(Collection<Now> cadres) {
        if (cadres.isEmpty()) {
            return;
        }
        YearMonth month = YearMonth.now(clock);
        Map<Long, List<PostTerm>> all = of(cadres.stream().map(Now::cadreId).toList());
        List<PostTerm> inserts = new ArrayList<>();
        for (Now c : cadres) {
            List<PostTerm> terms = all.getOrDefault(c.cadreId(), List.of());
            PostTerm open =
                    terms.stream().filter(t -> t.toMonth() == null).findFirst().orElse(null);
            if (!c.active()) {
                if (open != null) {
                    close(open, open.fromMonth() != null && open.fromMonth().isAfter(month) ? open.fromMonth() : month);
                }
                continue;
            }
            if (open != null && open.samePost(c.unitId(), c.postRank(), c.leadershipRole())) {
                continue;
            }
            if (open == null && terms.isEmpty()) {
                inserts.add(new PostTerm(null, c.cadreId(), c.unitId(), c.postRank(), c.leadershipRole(), null, null));
            } else if (open != null
                    && (open.fromMonth() == null || open.fromMonth().isBefore(month))) {
                close(open, month.minusMonths(1));
                inserts.add(new PostTerm(null, c.cadreId(), c.unitId(), c.postRank(), c.leadershipRole(), month, null));
            } else if (open != null) {
                // a second change in the month (or a term the office dated later): the open term is this post now
                jdbc.update(
                        "update cadre_post set unit_id = ?, post_rank = ?, leadership_role = ? where id = ?",
                        c.unitId(),
                        c.postRank().name(),
                        c.leadershipRole() == null ? null : c.leadershipRole().name(),
                        open.id());
            } else {
                // reactivated after the last term ended
                YearMonth last = terms.get(terms.size() - 1).toMonth();
                YearMonth from = last != null && !last.isBefore(month) ? last.plusMonths(1) : month;
                inserts.add(new PostTerm(null, c.cadreId(), c.unitId(), c.postRank(), c.leadershipRole(), from, null));
            }
        }
        // one batch per roster chunk: an import of thousands of cadres writes their first terms together
        jdbc.batchUpdate(INSERT, inserts.stream().map(PostHistory::row).toList());
    }

    private void close(PostTerm open, YearMonth to) {
        jdbc.update("update cadre_post set to_month = ? where id = ?", first(to), open.id());
    }

    private static final String INSERT =
            "insert into cadre_post (cadre_id, unit_id, post_rank, leadership_role, from_month, to_month)"
                    + " values (?, ?, ?, ?, ?, ?)";

    private void insert(PostTerm t) {
        jdbc.update(INSERT, row(t));
    }

    private static Object[] row(PostTerm t) {
        return new Object[] {
            t.cadreId(),
            t.unitId(),
            t.postRank().name(),
            t.leadershipRole() == null ? null : t.leadershipRole().name(),
            first(t.fromMonth()),
            first(t.toMonth())
        };
    }

    private static final Comparator<PostTerm> ORDER = Comparator.comparing(
                    PostTerm::fromMonth, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(PostTerm::cadreId);

    private static PostTerm term(ResultSet rs) throws SQLException {
        String role = rs.getString("leadership_role");
        long id = rs.getLong("id");
        return new PostTerm(
                id,
                rs.getLong("cadre_id"),
                rs.getLong("unit_id"),
                PostRank.valueOf(rs.getString("post_rank")),
                role == null ? null : LeadershipRole.valueOf(role),
                month(rs.getDate("from_month")),
                month(rs.getDate("to_month")));
    }

    private static YearMonth month(Date d) {
        return d == null ? null : YearMonth.from(d.toLocalDate());
    }

    private static Date first(YearMonth m) {
        return m == null ? null : Date.valueOf(m.atDay(1));
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static List<String> texts(List<PostTerm> terms) {
        return terms.stream()
                .map(t -> "unit " + t.unitId() + " " + t.postRank()
                        + (t.leadershipRole() == null ? "" : " " + t.leadershipRole()) + " "
                        + (t.fromMonth() == null ? "" : t.fromMonth()) + "~" + (t.toMonth() == null ? "" : t.toMonth()))
                .toList();
    }
}
