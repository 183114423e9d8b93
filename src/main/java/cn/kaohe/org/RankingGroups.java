package cn.kaohe.org;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which group each unit is ranked in (seed 004 第二十一条 分开评比): set by the office, else from the unit's kind. */
@Service
@Transactional
public class RankingGroups {

    private final JdbcTemplate jdbc;
    private final OrgService org;
    private final AuditTrail audit;

    RankingGroups(JdbcTemplate jdbc, OrgService org, AuditTrail audit) {
        this.jdbc = jdbc;
        this.org = org;
        this.audit = audit;
    }

    /** Places a unit in a group (null: back to the group of its kind); audited with the reason. */
    public RankingGroup set(long unitId, String group, String reason) {
        OrgUnit unit = org.findUnit(unitId);
        if (reason == null || reason.isBlank()) {
            throw new KaoheException(
                    OrgError.RANKING_GROUP_INVALID, List.of(Problem.ofField("reason", "请填写理由")), "请填写理由");
        }
        RankingGroup chosen = null;
        if (group != null && !group.isBlank()) {
            String text = group.strip();
            chosen = java.util.Arrays.stream(RankingGroup.values())
                    .filter(g -> g.name().equals(text))
                    .findFirst()
                    .or(() -> Labelled.parse(RankingGroup.class, text))
                    .orElseThrow(() -> new KaoheException(
                            OrgError.RANKING_GROUP_INVALID,
                            List.of(Problem.ofField("rankingGroup", "可选：区直部门、镇乡、街道")),
                            "没有评比类别“" + group.strip() + "”"));
        }
        String before = jdbc.queryForObject("select ranking_group from org_unit where id = ?", String.class, unitId);
        jdbc.update(
                "update org_unit set ranking_group = ? where id = ?", chosen == null ? null : chosen.name(), unitId);
        audit.record(AuditEvent.changed(
                "UNIT_RANKING_GROUP_CHANGED",
                "OrgUnit",
                unit.getCode(),
                before,
                chosen == null ? null : chosen.name(),
                reason.strip()));
        return chosen == null ? RankingGroup.fromKind(unit.getKind()) : chosen;
    }

    /** The group of each unit (absent: in no group). */
    @Transactional(readOnly = true)
    public Map<Long, RankingGroup> of(Collection<Long> unitIds) {
        Map<Long, RankingGroup> out = new HashMap<>();
        List<Long> ids = unitIds.stream().distinct().toList();
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            jdbc.query(
                    "select id, kind, ranking_group from org_unit where id in ("
                            + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")",
                    rs -> {
                        String explicit = rs.getString(3);
                        RankingGroup g = explicit != null
                                ? RankingGroup.valueOf(explicit)
                                : RankingGroup.fromKind(UnitKind.valueOf(rs.getString(2)));
                        if (g != null) {
                            out.put(rs.getLong(1), g);
                        }
                    },
                    chunk.toArray());
        }
        return out;
    }
}
