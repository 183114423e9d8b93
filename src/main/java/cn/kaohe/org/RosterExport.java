package cn.kaohe.org;

import cn.kaohe.shared.KaoheZone;
import cn.kaohe.spreadsheet.Column;
import cn.kaohe.spreadsheet.DataSheet;
import cn.kaohe.spreadsheet.DataSheetWriter;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster (花名册) as an Excel data sheet in the import template's columns and spelling, one row per active
 * cadre: edit it and import it again, and what was not edited stays unchanged (docs/adr/0015). Of several
 * secondments the latest is exported (importing it again replaces the one starting the same month).
 */
@Service
public class RosterExport {

    private static final ZoneId ZONE = KaoheZone.ZONE;

    private final OrgService org;
    private final CadreRepository cadres;
    private final Clock clock;

    RosterExport(OrgService org, CadreRepository cadres, Clock clock) {
        this.org = org;
        this.cadres = cadres;
        this.clock = clock;
    }

    /** The active cadres of {@code unitId} and its sub-units (all units when null), in tree order. */
    @Transactional(readOnly = true)
    public byte[] xlsx(Long unitId) {
        OrgTree tree = org.tree();
        Set<Long> scope = unitId == null
                ? null
                : tree.subtree(org.findUnit(unitId)).stream()
                        .map(OrgUnit::getId)
                        .collect(Collectors.toSet());
        Map<Long, Integer> positions = tree.positions();
        List<Cadre> rows = cadres.findAllWithCollections().stream()
                .filter(Cadre::isActive)
                .filter(c -> scope == null || scope.contains(c.getUnit().getId()))
                .sorted(Comparator.comparing(
                                (Cadre c) -> positions.getOrDefault(c.getUnit().getId(), Integer.MAX_VALUE))
                        .thenComparing(Cadre::getCode))
                .toList();
        Map<String, String> info = new LinkedHashMap<>();
        info.put("范围", unitId == null ? "全部单位" : org.findUnit(unitId).getName() + "（含下属单位）");
        info.put("人数", Integer.toString(rows.size()));
        info.put("导入", "本表的列与花名册导入模板相同：修改后可直接在“绩考办 › 花名册导入”上传（按工号更新）");
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZONE));
        info.put("导出时间", now.toString().replace('T', ' '));
        return DataSheetWriter.write(
                new DataSheetWriter.Info("干部名册", info, now),
                List.of(new DataSheet<>(RosterTemplate.ROSTER_SHEET, columns(), rows)));
    }

    static List<Column<Cadre>> columns() {
        return List.of(RosterColumn.values()).stream().map(RosterExport::column).toList();
    }

    private static Column<Cadre> column(RosterColumn column) {
        Function<Cadre, Object> value =
                switch (column) {
                    case CODE -> Cadre::getCode;
                    case NAME -> Cadre::getName;
                    case GENDER -> c -> c.getGender().label();
                    case UNIT -> c -> c.getUnit().getName();
                    case POST_TITLE -> Cadre::getPostTitle;
                    case POST_RANK -> c -> c.getPostRank().label();
                    case STAFF_TYPE -> c -> c.getStaffType().label();
                    case VILLAGE_RESIDENT -> c -> yesNo(c.getVillage() != null);
                    case VILLAGE ->
                        c -> c.getVillage() == null ? null : c.getVillage().getName();
                    case LEADERSHIP_MEMBER -> c -> yesNo(c.getLeadershipRole() != null);
                    case LEADERSHIP_ROLE ->
                        c -> c.getLeadershipRole() == null
                                ? null
                                : c.getLeadershipRole().label();
                    case SUPERVISED_UNITS ->
                        c -> c.getSupervisedUnits().stream()
                                .sorted(OrgService.UNIT_ORDER)
                                .map(OrgUnit::getName)
                                .collect(Collectors.joining("、"));
                    case COMMITTEE_ROLES ->
                        c -> c.getCommitteeRoles().stream()
                                .sorted()
                                .map(CommitteeRole::label)
                                .collect(Collectors.joining("、"));
                    case ASSESSMENT_LEAD -> c -> yesNo(c.isAssessmentLead());
                    case LOGIN_NAME -> Cadre::getLoginName;
                    case PHONE -> Cadre::getPhone;
                    case SECONDMENT_HOST ->
                        c -> latestSecondment(c) == null
                                ? null
                                : latestSecondment(c).getHostOrganisation();
                    case SECONDMENT_MONTHS -> c -> months(latestSecondment(c));
                };
        return Column.text(column.header(), value);
    }

    private static String yesNo(boolean yes) {
        return yes ? "是" : "否";
    }

    private static Secondment latestSecondment(Cadre c) {
        return c.getSecondments().stream()
                .max(Comparator.comparing(Secondment::getFromMonth))
                .orElse(null);
    }

    /** As the roster writes them: 2021-03~2021-12, or 2021-03~ while open. */
    private static String months(Secondment s) {
        if (s == null) {
            return null;
        }
        YearMonth to = s.getToMonth();
        return s.getFromMonth() + "~" + (to == null ? "" : to.toString());
    }
}
