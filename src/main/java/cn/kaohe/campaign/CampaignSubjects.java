package cn.kaohe.campaign;

import cn.kaohe.org.OrgLookups;
import cn.kaohe.org.PostHistory;
import cn.kaohe.org.PostTerm;
import cn.kaohe.org.RankingGroup;
import cn.kaohe.org.RankingGroups;
import cn.kaohe.scoring.ScoringInput;
import cn.kaohe.scoring.ScoringInput.Role;
import cn.kaohe.scoring.ScoringInput.StaffType;
import cn.kaohe.scoring.ScoringInput.Subject;
import cn.kaohe.scoring.model.PrizeTier;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.shared.Cycle;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The roster slice a campaign scores (the engine's subjects): cadres with their role, supervised units, staff type,
 * village, months in post and long secondments; or units with their members and ranking group.
 */
@Component
class CampaignSubjects {

    private static final Set<String> PRINCIPAL_ROLES = Set.of("PARTY_SECRETARY", "MAYOR");

    /** Seed 000 四4: 借调期满一年 — months of secondment after which the host assesses the cadre. */
    static final int SECONDMENT_MONTHS = 12;

    private final OrgLookups org;
    private final CampaignRoster roster;
    private final PostHistory posts;
    private final RankingGroups rankingGroups;
    private final MidYearTransfers transfers;

    CampaignSubjects(
            OrgLookups org,
            CampaignRoster roster,
            PostHistory posts,
            RankingGroups rankingGroups,
            MidYearTransfers transfers) {
        this.org = org;
        this.roster = roster;
        this.posts = posts;
        this.rankingGroups = rankingGroups;
        this.transfers = transfers;
    }

    List<Subject> subjects(
            Campaign campaign, SchemeVersion scheme, Collection<Long> cadreIds, Map<Long, String> excluded) {
        if (cadreIds.isEmpty()) {
            return List.of();
        }
        boolean annual = campaign.getCycle() == Cycle.ANNUAL;
        int year = campaign.getPeriodStart().getYear();
        // seed 004 第二十四条 / issue 13: months in post this year from the roster history (annual campaigns only)
        Map<Long, List<PostTerm>> history = annual ? posts.of(cadreIds) : Map.of();
        Map<Long, String> seconded = annual ? longSecondments(campaign, cadreIds) : Map.of();
        // seed 000 三(一): 中途涉及到的人员异动，如未安排驻村，则按照所在办联系的村确定分值
        Map<Long, MidYearTransfers.Transfer> moved =
                annual && MidYearTransfers.readsVillageGrades(scheme) ? transfers.of(campaign, history) : Map.of();
        // the units the subjects supervise (one assessment's score read the whole supervision table)
        Map<Long, List<Long>> supervised = org.supervisedUnits(cadreIds);
        List<Subject> subjects = new ArrayList<>();
        for (OrgLookups.SubjectCadre c : org.subjectCadres(cadreIds)) {
            long id = c.id();
            String leadership = c.leadershipRole();
            Role role = leadership == null
                    ? ("PRINCIPAL".equals(c.postRank()) ? Role.UNIT_HEAD : Role.STAFF)
                    : PRINCIPAL_ROLES.contains(leadership) ? Role.PRINCIPAL : Role.LEADERSHIP_MEMBER;
            boolean resident = c.villageId() != null;
            String secondment = seconded.get(id);
            String reason = excluded.getOrDefault(id, secondment);
            subjects.add(new Subject(
                    String.valueOf(id),
                    c.name(),
                    null,
                    String.valueOf(c.unitId()),
                    role,
                    supervised.getOrDefault(id, List.of()).stream()
                            .map(String::valueOf)
                            .toList(),
                    secondment != null ? StaffType.SECONDED : staffType(c.staffType()),
                    resident ? String.valueOf(c.villageId()) : null,
                    resident,
                    monthsInPost(history.get(id), year),
                    Set.of(c.unitKind()),
                    List.of(),
                    reason,
                    liaisonVillage(moved.get(id))));
        }
        return subjects;
    }

    /**
     * Units as subjects, with their people as members (unit outcomes and prizes reach them, seed 002 四(三)): everybody
     * who held a post in the unit during the campaign's period, from the roster history, with the months of the year in
     * the unit for an annual campaign (seed 004 第二十四条: 区内调动人员由调动前后所在单位分段按月计发; 提拔人员按提拔前后的实际职务
     * 分段按月计发) and the role of that post. A unit is ranked in its group (第二十一条 分开评比) when the scheme names
     * groups.
     */
    List<Subject> unitSubjects(
            Campaign campaign, SchemeVersion scheme, List<Long> unitIds, boolean prizes, Map<Long, String> excluded) {
        boolean annual = campaign.getCycle() == Cycle.ANNUAL;
        int year = campaign.getPeriodStart().getYear();
        YearMonth first = YearMonth.from(campaign.getPeriodStart());
        YearMonth last = YearMonth.from(campaign.getPeriodEnd());
        Map<Long, List<PostTerm>> termsByUnit = new HashMap<>();
        for (PostTerm t : posts.inUnits(unitIds, year)) {
            if (coversAny(t, first, last)) {
                termsByUnit.computeIfAbsent(t.unitId(), k -> new ArrayList<>()).add(t);
            }
        }
        Set<Long> people = new HashSet<>();
        termsByUnit.values().forEach(l -> l.forEach(t -> people.add(t.cadreId())));
        Map<Long, String> names = roster.cadreNames(people);
        Set<String> schemeGroups = groupsOf(scheme);
        Map<Long, RankingGroup> groups = schemeGroups.isEmpty() ? Map.of() : rankingGroups.of(unitIds);
        List<Subject> subjects = new ArrayList<>();
        for (Long unitId : unitIds) {
            OrgLookups.UnitRow unit =
                    org.unit(unitId).orElseThrow(() -> new IllegalStateException("unit " + unitId + " not found"));
            // one member per person and role in the unit, with the months of the year in that role
            Map<String, ScoringInput.Member> members = new LinkedHashMap<>();
            List<PostTerm> terms = new ArrayList<>(termsByUnit.getOrDefault(unitId, List.of()));
            terms.sort(java.util.Comparator.comparing(PostTerm::cadreId));
            for (PostTerm t : terms) {
                Role role = memberRole(t.postRank().name(), prizes);
                String id = String.valueOf(t.cadreId());
                String key = id + "/" + role;
                ScoringInput.Member before = members.get(key);
                int months = t.monthsIn(year) + (before == null ? 0 : before.monthsInUnit());
                boolean otherRole = before == null && members.values().stream().anyMatch(m -> m.id().equals(id));
                members.put(
                        key,
                        new ScoringInput.Member(
                                otherRole ? id + "-" + role.name() : id,
                                names.getOrDefault(t.cadreId(), id),
                                role,
                                annual ? Math.min(12, months) : null,
                                null));
            }
            List<ScoringInput.Member> list = new ArrayList<>(members.values());
            if (!prizes) {
                for (OrgLookups.NamedCadre leader : org.activeSupervisorsOf(unitId)) {
                    list.add(new ScoringInput.Member(
                            String.valueOf(leader.id()), leader.name(), Role.LEADERSHIP_MEMBER, null, null));
                }
            }
            RankingGroup group = groups.get(unitId);
            subjects.add(unitSubject(unitId, unit, list, group == null ? null : group.name(), excluded.get(unitId)));
        }
        return subjects;
    }

    /** The ranking groups a scheme names in its quotas or prize tiers (seed 004: DEPARTMENT, TOWNSHIP, SUBDISTRICT). */
    static Set<String> groupsOf(SchemeVersion scheme) {
        Set<String> groups = new HashSet<>();
        scheme.grading().grades().forEach(g -> groups.addAll(g.groupCounts().keySet()));
        scheme.pay().tiers().stream()
                .map(PrizeTier::group)
                .filter(java.util.Objects::nonNull)
                .forEach(groups::add);
        return groups;
    }

    private static boolean coversAny(PostTerm t, YearMonth first, YearMonth last) {
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            if (t.covers(m)) {
                return true;
            }
        }
        return false;
    }

    /** Months of the year in any post (null = no history: the engine's default of 12). */
    /** The liaison village of a transferred cadre's office, as the engine reads it (null: none, today's reading). */
    private static ScoringInput.LiaisonVillage liaisonVillage(MidYearTransfers.Transfer t) {
        return t == null || t.villageId() == null
                ? null
                : new ScoringInput.LiaisonVillage(String.valueOf(t.villageId()), t.villageName());
    }

    static Integer monthsInPost(List<PostTerm> terms, int year) {
        if (terms == null || terms.isEmpty()) {
            return null;
        }
        int n = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            if (terms.stream().anyMatch(t -> t.covers(month))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Seed 000 四4: 经县委组织部批准的借调人员，借调期满一年，年度考核等级归借调单位评定，年终绩效考核奖金归借调单位发放. Cadres
     * seconded during the campaign's period whose secondment has lasted a full year by the period's end, with the reason
     * the engine explains.
     */
    private Map<Long, String> longSecondments(Campaign campaign, Collection<Long> cadreIds) {
        Map<Long, String> out = new HashMap<>();
        YearMonth end = YearMonth.from(campaign.getPeriodEnd());
        YearMonth start = YearMonth.from(campaign.getPeriodStart());
        for (OrgLookups.SecondmentRow row : org.secondments(cadreIds)) {
            YearMonth from = row.fromMonth();
            YearMonth to = row.toMonth();
            YearMonth until = to == null || to.isAfter(end) ? end : to;
            boolean duringPeriod = !until.isBefore(start) && !from.isAfter(end);
            long months = from.until(until, java.time.temporal.ChronoUnit.MONTHS) + 1;
            if (duringPeriod && months >= SECONDMENT_MONTHS) {
                out.put(
                        row.cadreId(),
                        "借调" + row.hostOrganisation() + "期满一年（" + from + " 起），年度考核等级归借调单位评定，" + "年终绩效考核奖金归借调单位发放");
            }
        }
        return out;
    }

    private static Subject unitSubject(
            Long unitId, OrgLookups.UnitRow unit, List<ScoringInput.Member> members, String group, String excluded) {
        return new Subject(
                String.valueOf(unitId),
                unit.name(),
                group,
                null,
                Role.STAFF,
                List.of(),
                StaffType.ESTABLISHED,
                null,
                false,
                null,
                Set.of(String.valueOf(unit.kind())),
                members,
                excluded);
    }

    /**
     * The role of a unit's member from the roster's post rank. Under a scheme paying unit prizes per role (seed 004
     * 第二十一条(一): 主要领导3000、班子成员2600、职工2200; 第二十八条 fines 主要领导 and 班子成员) the unit's head is its
     * 主要领导 (PRINCIPAL) and its deputies are 班子成员 (LEADERSHIP_MEMBER); otherwise (seed 002 四(三)) the head is the
     * 科室负责人 (UNIT_HEAD) and the 班子成员 are the township leaders who supervise the unit.
     */
    static Role memberRole(String postRank, boolean prizes) {
        if ("PRINCIPAL".equals(postRank)) {
            return prizes ? Role.PRINCIPAL : Role.UNIT_HEAD;
        }
        if ("DEPUTY".equals(postRank) && prizes) {
            return Role.LEADERSHIP_MEMBER;
        }
        return Role.STAFF;
    }

    private static StaffType staffType(String s) {
        if (s == null) {
            return StaffType.ESTABLISHED;
        }
        return switch (s) {
            case "CONTRACTED" -> StaffType.HIRED;
            case "SECONDED" -> StaffType.SECONDED;
            case "NON_ESTABLISHED" -> StaffType.NON_ESTABLISHED;
            default -> StaffType.ESTABLISHED;
        };
    }
}
