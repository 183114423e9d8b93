package cn.kaohe.campaign;

import cn.kaohe.ledger.LedgerEntry;
import cn.kaohe.ledger.LedgerService;
import cn.kaohe.org.OrgLookups;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scoring.ScoringInput.LedgerFact;
import cn.kaohe.scoring.model.CategorySource;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.scoring.model.SubjectKind;
import cn.kaohe.shared.Cycle;
import cn.kaohe.shared.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ledger facts (台账) of a campaign's period the scheme has rules for, as the engine reads them; a fact a finalised
 * shorter campaign of the same unit already scored names that period (seed 002: 同一事项一年只计一次).
 */
@Component
class CampaignFacts {

    private final SchemeCatalog schemes;
    private final LedgerService ledger;
    private final JdbcTemplate jdbc;
    private final OrgLookups org;

    CampaignFacts(SchemeCatalog schemes, LedgerService ledger, JdbcTemplate jdbc, OrgLookups org) {
        this.schemes = schemes;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.org = org;
    }

    /**
     * The ledger facts of the campaign's period the scheme has rules for, as the engine reads them; a fact a
     * finalised shorter campaign already scored carries that period in {@code countedIn} (seed 002).
     */
    List<LedgerFact> facts(
            Campaign campaign, SchemeVersion scheme, boolean units, Collection<Long> cadreIds, List<Long> factUnits) {
        List<LedgerFact> facts = new ArrayList<>();
        Set<String> knownTypes = new HashSet<>();
        scheme.factRules().forEach(r -> knownTypes.add(r.factType()));
        List<CountedPeriod> counted = countedPeriods(campaign, scheme);
        for (LedgerEntry e : ledger.inPeriod(
                campaign.getPeriodStart(), campaign.getPeriodEnd(), units ? List.of() : cadreIds, factUnits)) {
            if (!knownTypes.contains(e.getFactType())) {
                continue; // the ledger is shared by all schemes: a fact this scheme has no rule for does not count
            }
            List<String> named = units
                    ? (e.getUnitId() == null ? List.of() : List.of(String.valueOf(e.getUnitId())))
                    : (e.getCadreId() == null ? List.of() : List.of(String.valueOf(e.getCadreId())));
            facts.add(new LedgerFact(
                    "L" + e.getId(),
                    e.getFactType(),
                    e.getLevel(),
                    e.getOccurredOn(),
                    named,
                    e.getUnitId() == null ? null : String.valueOf(e.getUnitId()),
                    e.getQuantity(),
                    e.getPoints(),
                    e.getAmount(),
                    e.getReason(),
                    e.getWorkItemKey(),
                    e.isConsecutive(),
                    e.getReversesId() == null ? null : "L" + e.getReversesId(),
                    countedIn(counted, e)));
        }
        return facts;
    }

    /** Every fact of a campaign (the whole campaign's view), for checks. */
    List<LedgerFact> facts(Campaign campaign) {
        SchemeVersion scheme = schemes.model(campaign.getSchemeVersionId());
        return facts(campaign, scheme, scheme.subjectKind() == SubjectKind.UNIT, List.of(), allUnits());
    }

    /** A finalised shorter campaign whose result this campaign contains, and the fact types it scored. */
    private record CountedPeriod(LocalDate start, LocalDate end, String label, Set<String> factTypes) {}

    /**
     * Seed 002 四(二): the annual result contains the quarters' results (PERIODS category: 前三季度平均×40% + 第四季度
     * ×60%), and a censure "在年度绩效考核得分中减分" once — so a fact a finalised quarterly campaign of the same unit
     * already scored is not scored again in the annual one (同一事项一年只计一次).
     */
    private List<CountedPeriod> countedPeriods(Campaign campaign, SchemeVersion scheme) {
        boolean containsPeriods = scheme.categories().stream().anyMatch(c -> c.source() == CategorySource.PERIODS);
        if (!containsPeriods) {
            return List.of();
        }
        List<CountedPeriod> out = new ArrayList<>();
        jdbc.query(
                "select c.period_start, c.period_end, c.cycle, c.period_label, c.scheme_version_id from campaign c"
                        + " where c.unit_id = ? and c.status = 'FINALISED' and c.id <> ? and c.cycle <> ?"
                        + " and c.period_start >= ? and c.period_end <= ? order by c.period_start",
                rs -> {
                    Set<String> types = new HashSet<>();
                    schemes.model(rs.getLong(5)).factRules().forEach(r -> types.add(r.factType()));
                    Period p = Period.parse(Cycle.valueOf(rs.getString(3)), rs.getString(4));
                    out.add(new CountedPeriod(
                            rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(), p.chineseLabel(), types));
                },
                campaign.getUnitId(),
                campaign.getId(),
                campaign.getCycle().name(),
                campaign.getPeriodStart(),
                campaign.getPeriodEnd());
        return out;
    }

    private static String countedIn(List<CountedPeriod> counted, LedgerEntry e) {
        for (CountedPeriod p : counted) {
            if (p.factTypes().contains(e.getFactType())
                    && !e.getOccurredOn().isBefore(p.start())
                    && !e.getOccurredOn().isAfter(p.end())) {
                return p.label();
            }
        }
        return null;
    }

    List<Long> allUnits() {
        return org.allUnitIds();
    }
}
