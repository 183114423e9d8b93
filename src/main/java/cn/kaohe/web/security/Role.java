package cn.kaohe.web.security;

import java.util.Locale;

/**
 * What a user may do. A person may hold several roles. CADRE, LEADER, COMMITTEE and COMMITTEE_HEAD are
 * derived at login from the roster (organisation tables); OFFICE is derived (绩考办主任) or granted; PARTY
 * and ADMIN are granted only. The lowercase name is the user's group in the process engine
 * ({@code office}, {@code committee}: the candidate groups of the BPMN files).
 */
public enum Role {
    /** 干部: the user is a cadre of the roster. */
    CADRE("干部", false),
    /** 分管领导 / 班子成员: a leadership member or a cadre who supervises units. */
    LEADER("分管领导", false),
    /** 绩考办: runs campaigns, the ledger, the roster, schemes, the calendar. */
    OFFICE("绩考办", true),
    /** 考核领导小组成员: reviews and adjusts results, decides appeals. */
    COMMITTEE("考核领导小组成员", false),
    /** 考核领导小组主任. */
    COMMITTEE_HEAD("考核领导小组主任", false),
    /** 党委: reads campaigns, rankings and reports. */
    PARTY("党委", true),
    /** 系统管理员: manages users. */
    ADMIN("系统管理员", true);

    private final String label;
    private final boolean grantable;

    Role(String label, boolean grantable) {
        this.label = label;
        this.grantable = grantable;
    }

    public String label() {
        return label;
    }

    /** Whether an administrator may grant this role (the others follow from the roster). */
    public boolean isGrantable() {
        return grantable;
    }

    /** The group name in the process engine, e.g. {@code office}. */
    public String group() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority, e.g. {@code ROLE_OFFICE}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
