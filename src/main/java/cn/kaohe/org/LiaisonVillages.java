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

/**
 * The village (community) each office liaises with (所在办联系的村, seed 000 三(一)): a cadre who moved mid-year and is
 * not resident in a village is scored by it ("中途涉及到的人员异动，如未安排驻村，则按照所在办联系的村确定分值"). Set by
 * the office; a village or community of the office's own township.
 */
@Service
@Transactional
public class LiaisonVillages {

    static final String FIELD = "liaisonVillageId";

    private final JdbcTemplate jdbc;
    private final OrgService org;
    private final AuditTrail audit;

    LiaisonVillages(JdbcTemplate jdbc, OrgService org, AuditTrail audit) {
        this.jdbc = jdbc;
        this.org = org;
        this.audit = audit;
    }

    /** Sets the unit's liaison village (null: none); audited with the reason. Returns the village, or null. */
    public UnitRef set(long unitId, Long villageId, String reason) {
        OrgUnit unit = org.findUnit(unitId);
        if (reason == null || reason.isBlank()) {
            throw invalid("reason", "请填写理由");
        }
        if (unit.getKind() == UnitKind.TOWNSHIP || unit.getKind().isVillage()) {
            throw invalid(
                    FIELD,
                    "只有办、站、所、中心、大队可以设置联系的村，" + unit.getName() + "是"
                            + unit.getKind().label());
        }
        OrgUnit village = null;
        if (villageId != null) {
            OrgTree tree = org.tree();
            village = org.unitIfAny(villageId).orElseThrow(() -> invalid(FIELD, "单位不存在：" + villageId));
            if (!village.getKind().isVillage()) {
                throw invalid(FIELD, village.getName() + "是" + village.getKind().label() + "，联系的村须是村或社区");
            }
            if (!township(tree, village).equals(township(tree, unit))) {
                throw invalid(
                        FIELD, village.getName() + "不属于" + township(tree, unit).getName() + "，联系的村须是本镇的村或社区");
            }
        }
        Long before = jdbc.queryForObject("select liaison_village_id from org_unit where id = ?", Long.class, unitId);
        jdbc.update("update org_unit set liaison_village_id = ? where id = ?", villageId, unitId);
        audit.record(AuditEvent.changed(
                "UNIT_LIAISON_VILLAGE_CHANGED",
                "OrgUnit",
                unit.getCode(),
                before == null ? null : Views.unit(org.findUnit(before)),
                village == null ? null : Views.unit(village),
                reason.strip()));
        return village == null ? null : Views.unit(village);
    }

    /** The liaison village of each unit that has one (unit id → village). */
    @Transactional(readOnly = true)
    public Map<Long, UnitRef> of(Collection<Long> unitIds) {
        Map<Long, UnitRef> out = new HashMap<>();
        List<Long> ids = unitIds.stream().distinct().toList();
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            jdbc.query(
                    "select u.id, v.id, v.code, v.name, v.kind from org_unit u join org_unit v on v.id = u.liaison_village_id"
                            + " where u.id in (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")",
                    rs -> {
                        UnitKind kind = UnitKind.valueOf(rs.getString(5));
                        out.put(
                                rs.getLong(1),
                                new UnitRef(rs.getLong(2), rs.getString(3), rs.getString(4), kind, kind.label()));
                    },
                    chunk.toArray());
        }
        return out;
    }

    /** The township a unit belongs to: the top of its path (the township itself for the root). */
    private static OrgUnit township(OrgTree tree, OrgUnit unit) {
        List<OrgUnit> path = tree.pathToRoot(unit);
        return path.stream()
                .filter(u -> u.getKind() == UnitKind.TOWNSHIP)
                .findFirst()
                .orElse(path.get(path.size() - 1));
    }

    private static KaoheException invalid(String field, String message) {
        return new KaoheException(OrgError.LIAISON_VILLAGE_INVALID, List.of(Problem.ofField(field, message)), message);
    }
}
