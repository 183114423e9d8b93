package cn.kaohe.org;

/**
 * Filters of the cadre list; null means "any".
 *
 * @param unitId the unit, including its sub-units
 * @param q part of the name, work number (工号) or login name
 * @param staffType 人员类别
 * @param villageResident 驻村 or not
 * @param active active cadres only (default), inactive only, or null for both
 */
public record CadreFilter(Long unitId, String q, StaffType staffType, Boolean villageResident, Boolean active) {

    public static CadreFilter all() {
        return new CadreFilter(null, null, null, null, true);
    }
}
