package cn.kaohe.scoring;

import cn.kaohe.scheme.SchemePresets;
import cn.kaohe.scoring.model.SchemeVersion;

/** The shipped presets as static fixtures (one per seed scheme). */
public final class SchemeFixtures {

    private SchemeFixtures() {}

    /** seed 000 大栗港镇2021. */
    public static SchemeVersion daligang2021() {
        return SchemePresets.load("daligang-2021");
    }

    /** seed 001 篇一. */
    public static SchemeVersion waterBureau() {
        return SchemePresets.load("water-bureau-performance");
    }

    /** seed 001 篇二. */
    public static SchemeVersion townshipThousandPoint() {
        return SchemePresets.load("township-thousand-point");
    }

    /** seed 001 篇三. */
    public static SchemeVersion studentCadre() {
        return SchemePresets.load("student-cadre");
    }

    /** seed 001 篇四. */
    public static SchemeVersion townCadreDiscipline() {
        return SchemePresets.load("town-cadre-discipline");
    }

    /** seed 001 篇五. */
    public static SchemeVersion safetyProduction() {
        return SchemePresets.load("safety-production-responsibility");
    }

    /** seed 002. */
    public static SchemeVersion townOfficeInternal() {
        return SchemePresets.load("town-office-internal");
    }

    /** seed 003. */
    public static SchemeVersion baichengMonthly() {
        return SchemePresets.load("baicheng-monthly");
    }

    /** seed 004. */
    public static SchemeVersion zhongshanUnits() {
        return SchemePresets.load("zhongshan-units");
    }
}
