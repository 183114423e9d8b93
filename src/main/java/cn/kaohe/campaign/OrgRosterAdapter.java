package cn.kaohe.campaign;

import cn.kaohe.org.RosterQueries;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The campaign's roster port answered by the organisation's published query API ({@link RosterQueries}): the SQL on the
 * organisation tables stays in {@code org} (issue 17); this adapter only maps its records to the port's.
 */
@Component
class OrgRosterAdapter implements CampaignRoster {

    private final RosterQueries roster;

    OrgRosterAdapter(RosterQueries roster) {
        this.roster = roster;
    }

    @Override
    public Optional<String> unitName(long unitId) {
        return roster.unitName(unitId);
    }

    @Override
    public int countCadres(long unitId) {
        return roster.countCadres(unitId);
    }

    @Override
    public int countUnits(long unitId) {
        return roster.countUnits(unitId);
    }

    @Override
    public List<String> unitsWithoutHead(long unitId, int limit) {
        return roster.unitsWithoutHead(unitId, limit);
    }

    @Override
    public List<RosterUnit> units(long unitId, long afterUnitId, long upToUnitId) {
        return roster.units(unitId, afterUnitId, upToUnitId).stream()
                .map(u -> new RosterUnit(
                        u.unitId(), u.name(), u.headId(), u.headLoginName(), u.leaderId(), u.leaderLoginName()))
                .toList();
    }

    @Override
    public String unitLabel(long unitId) {
        return roster.unitLabel(unitId);
    }

    @Override
    public List<String> cadresWithoutLogin(long unitId, int limit) {
        return roster.cadresWithoutLogin(unitId, limit);
    }

    @Override
    public List<Long> subjectIds(long unitId, boolean units) {
        return roster.subjectIds(unitId, units);
    }

    @Override
    public List<RosterCadre> cadres(long unitId, long afterCadreId, long upToCadreId) {
        return roster.cadres(unitId, afterCadreId, upToCadreId).stream()
                .map(c -> new RosterCadre(c.cadreId(), c.name(), c.loginName(), c.leaderId(), c.leaderLoginName()))
                .toList();
    }

    @Override
    public Map<Long, String> cadreNames(Collection<Long> cadreIds) {
        return roster.cadreNames(cadreIds);
    }

    @Override
    public Map<Long, String> unitNames(Collection<Long> unitIds) {
        return roster.unitNames(unitIds);
    }

    @Override
    public Map<Long, String> loginNames(Collection<Long> cadreIds) {
        return roster.loginNames(cadreIds);
    }

    @Override
    public String cadreName(long cadreId) {
        return roster.cadreName(cadreId);
    }

    @Override
    public Optional<String> assessmentLeadLogin() {
        return roster.assessmentLeadLogin();
    }

    @Override
    public Optional<String> committeeHeadLogin() {
        return roster.committeeHeadLogin();
    }

    @Override
    public Optional<Long> cadreIdOfLogin(String login) {
        return roster.cadreIdOfLogin(login);
    }

    @Override
    public Optional<String> loginName(long cadreId) {
        return roster.loginName(cadreId);
    }
}
