package cn.kaohe.campaign;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.org.OrgLookups;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scoring.model.Category;
import cn.kaohe.scoring.model.RatingComponent;
import cn.kaohe.scoring.model.RatingSet;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rating sheets of the people a scheme names as raters (测评): 班子成员 (LEADERSHIP), 部门负责人 (DEPARTMENT_HEADS),
 * 村（社区）书记 (VILLAGE_SECRETARIES), 考核领导小组 (COMMITTEE). Each rater gets one task per campaign with a sheet of
 * every subject except themselves (and their own unit), rates them all, and the votes only add to per-subject tallies
 * ({@link RatingTallies}): the audit trail records that a sheet was submitted, not what it said.
 */
@Service
public class RaterSheets {

    /** Rater groups whose members Kaohe knows from the roster, with the roster's group of people they are. */
    static final Map<String, OrgLookups.PeopleGroup> PEER_GROUPS = Map.of(
            "LEADERSHIP", OrgLookups.PeopleGroup.LEADERSHIP,
            "DEPARTMENT_HEADS", OrgLookups.PeopleGroup.DEPARTMENT_HEADS,
            "VILLAGE_SECRETARIES", OrgLookups.PeopleGroup.VILLAGE_SECRETARIES,
            "COMMITTEE", OrgLookups.PeopleGroup.COMMITTEE);

    private final CampaignRepository campaigns;
    private final AssessmentRepository assessments;
    private final RatingTallies tallies;
    private final SchemeCatalog schemes;
    private final CampaignRoster roster;
    private final OrgLookups org;
    private final AuditTrail audit;

    RaterSheets(
            CampaignRepository campaigns,
            AssessmentRepository assessments,
            RatingTallies tallies,
            SchemeCatalog schemes,
            CampaignRoster roster,
            OrgLookups org,
            AuditTrail audit) {
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.tallies = tallies;
        this.schemes = schemes;
        this.roster = roster;
        this.org = org;
        this.audit = audit;
    }

    /** One line of a sheet to fill: a rater group and the part it rates, with its range. */
    public record Slot(String raterGroup, String part, String name, BigDecimal max) {}

    /** Someone (or some unit) on the sheet. */
    public record Subject(long assessmentId, long cadreId, String name) {}

    /** A rater's sheet: the slots of the rater's groups and the subjects to rate. */
    public record Sheet(long campaignId, String campaignName, List<Slot> slots, List<Subject> subjects) {}

    /** One rating on a sheet. */
    public record Entry(Long assessmentId, String raterGroup, String part, BigDecimal score) {}

    /** The logins that get a rating sheet in this campaign (empty when the scheme names no such raters). */
    @Transactional(readOnly = true)
    public List<String> raters(long campaignId) {
        Set<String> logins = new LinkedHashSet<>();
        for (Slot slot : slots(campaign(campaignId))) {
            logins.addAll(members(slot.raterGroup()));
        }
        return List.copyOf(logins);
    }

    @Transactional(readOnly = true)
    public Sheet sheet(long campaignId, String login) {
        Campaign c = campaign(campaignId);
        List<Slot> mine = slots(c).stream()
                .filter(s -> members(s.raterGroup()).contains(login))
                .toList();
        Long self = roster.cadreIdOfLogin(login).orElse(null);
        Long ownUnit = self == null ? null : org.unitOf(self);
        List<Subject> subjects = new ArrayList<>();
        List<Assessment> all = assessments.findByCampaignIdOrderByIdAsc(campaignId);
        Map<Long, String> cadres =
                roster.cadreNames(all.stream().map(Assessment::getCadreId).toList());
        Map<Long, String> units =
                roster.unitNames(all.stream().map(Assessment::getSubjectUnitId).toList());
        for (Assessment a : all) {
            boolean own = Objects.equals(a.getCadreId(), self)
                    || (a.getSubjectUnitId() != null && Objects.equals(a.getSubjectUnitId(), ownUnit));
            if (!own) {
                subjects.add(new Subject(
                        a.getId(),
                        a.getCadreId(),
                        a.getSubjectUnitId() == null ? cadres.get(a.getCadreId()) : units.get(a.getSubjectUnitId())));
            }
        }
        return new Sheet(campaignId, c.getName(), mine, subjects);
    }

    /** Stores a complete sheet anonymously; every subject of every slot of the rater, nobody twice, never oneself. */
    @Transactional
    public int submit(long campaignId, String login, List<Entry> entries) {
        Sheet sheet = sheet(campaignId, login);
        Map<Long, Subject> subjects = new LinkedHashMap<>();
        sheet.subjects().forEach(s -> subjects.put(s.assessmentId(), s));
        Map<String, Slot> slots = new LinkedHashMap<>();
        sheet.slots().forEach(s -> slots.put(s.raterGroup() + ":" + s.part(), s));
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Entry> given = entries == null ? List.of() : entries;
        for (int i = 0; i < given.size(); i++) {
            Entry e = given.get(i);
            String at = "entries[" + i + "]";
            Slot slot = slots.get(e.raterGroup() + ":" + e.part());
            if (slot == null) {
                problems.add(Problem.ofField(at, "您不在“" + e.raterGroup() + "”测评范围内，或方案中没有该测评项"));
                continue;
            }
            if (e.assessmentId() == null || !subjects.containsKey(e.assessmentId())) {
                problems.add(Problem.ofField(at + ".assessmentId", "不能给本人（或本单位）测评，或该对象不在本批次中"));
                continue;
            }
            if (!seen.add(e.assessmentId() + ":" + e.raterGroup() + ":" + e.part())) {
                problems.add(Problem.ofField(at, "同一对象同一测评项只能评一次"));
            }
            if (e.score() == null || e.score().signum() < 0 || e.score().compareTo(slot.max()) > 0) {
                // the sheet's cell (scores.<assessment>.<part>), where the page shows the error: never entries[n]
                problems.add(Problem.ofField(
                        "scores." + e.assessmentId() + "." + e.part(),
                        subjects.get(e.assessmentId()).name() + "：" + slot.name() + "的分数应在 0–"
                                + slot.max().toPlainString() + " 之间"));
            }
        }
        for (Slot slot : sheet.slots()) {
            for (Subject s : sheet.subjects()) {
                if (!seen.contains(s.assessmentId() + ":" + slot.raterGroup() + ":" + slot.part())) {
                    problems.add(Problem.ofField(
                            "scores." + s.assessmentId() + "." + slot.part(), "请为" + s.name() + "填写" + slot.name()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw KaoheException.invalid(problems);
        }
        campaigns.lockById(campaignId); // one sheet at a time per campaign: tallies never race
        if (!tallies.markSubmitted(campaignId, login)) {
            throw new KaoheException(CampaignError.SHEET_ALREADY_SUBMITTED);
        }
        for (Entry e : given) {
            // anonymous by construction: only the subject's sum and count change, no row per vote (docs/adr/0011)
            tallies.add(campaignId, subjects.get(e.assessmentId()).cadreId(), e.raterGroup(), e.part(), e.score());
        }
        // that a sheet was submitted, never what it said
        audit.record(login, AuditEvent.created("RATING_SHEET_SUBMITTED", "Campaign", campaignId, null, null));
        return given.size();
    }

    /** Hands out the campaign's rating sheets: records who is to submit one and answers their logins. */
    @Transactional
    public List<String> assign(long campaignId) {
        List<String> raters = raters(campaignId);
        tallies.expect(campaignId, raters);
        return raters;
    }

    /** The raters of the campaign who have not submitted their sheet yet (logins). */
    @Transactional(readOnly = true)
    public List<String> missing(long campaignId) {
        Set<String> done = tallies.submitted(campaignId);
        Set<String> expected = tallies.expected(campaignId);
        List<String> all = expected.isEmpty() ? raters(campaignId) : List.copyOf(expected);
        return all.stream().filter(r -> !done.contains(r)).toList();
    }

    /** True when every rater the scheme names has submitted (or the scheme names none). */
    @Transactional(readOnly = true)
    public boolean complete(long campaignId) {
        return missing(campaignId).isEmpty();
    }

    List<Slot> slots(Campaign c) {
        SchemeVersion model = schemes.model(c.getSchemeVersionId());
        Map<String, Slot> slots = new LinkedHashMap<>();
        for (Category cat : model.categories()) {
            for (RatingSet set : cat.ratingSets()) {
                for (RatingComponent comp : set.components()) {
                    if (comp.raterGroup() != null && PEER_GROUPS.containsKey(comp.raterGroup())) {
                        String part = comp.part() == null ? cat.id() : comp.part();
                        String name = comp.name() == null ? cat.name() : cat.name() + "（" + comp.name() + "）";
                        slots.putIfAbsent(
                                comp.raterGroup() + ":" + part,
                                new Slot(comp.raterGroup(), part, name, cat.ratingScale()));
                    }
                }
            }
        }
        return List.copyOf(slots.values());
    }

    private List<String> members(String group) {
        OrgLookups.PeopleGroup people = PEER_GROUPS.get(group);
        return people == null ? List.of() : org.loginsOf(people);
    }

    private Campaign campaign(long id) {
        return campaigns.findById(id).orElseThrow(() -> KaoheException.notFound("考核批次", id));
    }
}
