package cn.kaohe.campaign;

import java.util.List;
import java.util.Optional;

/** The people a campaign assesses, read from the organisation. */
public interface CampaignRoster {

    /** The unit's name, or empty if there is no such unit. */
    Optional<String> unitName(long unitId);

    /** Active cadres of the unit and its sub-units. */
    int countCadres(long unitId);

    /** Names of active cadres in scope without a login name (they could not receive their tasks). */
    List<String> cadresWithoutLogin(long unitId, int limit);

    /** The next active cadres of the unit (and sub-units) with an id above {@code afterCadreId}, by id. */
    List<RosterCadre> cadres(long unitId, long afterCadreId, long upToCadreId);

    /** The ids of the subjects a campaign of the unit opens (cadres, or assessed units), in id order. */
    List<Long> subjectIds(long unitId, boolean units);

    /** Names of many cadres at once (one query per 500), for lists and sheets. */
    java.util.Map<Long, String> cadreNames(java.util.Collection<Long> cadreIds);

    /** Names of many units at once. */
    java.util.Map<Long, String> unitNames(java.util.Collection<Long> unitIds);

    /** A cadre's name (for messages); the id if the cadre is unknown. */
    String cadreName(long cadreId);

    /** Who heads the assessment work (全面负责绩考工作, seed 000 一): escalations of appeals go there. */
    Optional<String> assessmentLeadLogin();

    /** The committee head (考核领导小组主任): escalations of overdue decisions go there. */
    Optional<String> committeeHeadLogin();

    /** The cadre a login name belongs to. */
    Optional<Long> cadreIdOfLogin(String login);

    /** Login name of a cadre, if the cadre has one. */
    Optional<String> loginName(long cadreId);

    /** The logins of the cadres that have one, in one pass. */
    default java.util.Map<Long, String> loginNames(java.util.Collection<Long> cadreIds) {
        java.util.Map<Long, String> logins = new java.util.HashMap<>();
        for (Long id : cadreIds) {
            loginName(id).ifPresent(login -> logins.put(id, login));
        }
        return logins;
    }

    /** Units assessed under a unit scheme: the 办、站、所、中心、大队 below the unit (not villages or communities). */
    int countUnits(long unitId);

    /** The next assessed units with an id above {@code afterUnitId}, by id, with their heads and raters. */
    List<RosterUnit> units(long unitId, long afterUnitId, long upToUnitId);

    /** Names of assessed units without an active head (主要负责人) with a login. */
    List<String> unitsWithoutHead(long unitId, int limit);

    /** A unit's name (for messages), or the id if unknown. */
    String unitLabel(long unitId);

    /** One unit to assess: its head gives the self-report, the supervising leader signs off. */
    record RosterUnit(
            long unitId, String name, long headId, String headLoginName, Long leaderId, String leaderLoginName) {}

    /** One cadre to assess with the supervising leader who rates them (null when none is set). */
    record RosterCadre(long cadreId, String name, String loginName, Long leaderId, String leaderLoginName) {}
}
