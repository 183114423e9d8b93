package cn.kaohe.org;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the roster (花名册), in template order. Only the required columns must be present;
 * an optional column that is absent from a file leaves that field of an existing cadre untouched,
 * while a present but blank cell clears it (or gives the default for a new cadre).
 */
public enum RosterColumn {
    CODE("工号", "code", true, "唯一；字母、数字和 -，最长 40 位。再次导入时按工号更新，不会重复建人", "DLG-9001"),
    NAME("姓名", "name", true, "最长 50 字；同一工号的姓名须一致（改名请在系统中修改）", "张喆"),
    GENDER("性别", "gender", true, "男 / 女", "男"),
    UNIT("单位", "unitId", true, "所在单位全称，须已在系统中建立（如 党建办、财政所、综合行政执法大队）", "党建办"),
    POST_TITLE("职务", "postTitle", false, "如 党建办主任、副所长、科员；最长 100 字", "党建办副主任"),
    POST_RANK("职级", "postRank", false, "主要负责人 / 副职 / 一般干部；空白为一般干部", "副职"),
    STAFF_TYPE("人员类别", "staffType", true, "在编 / 聘用 / 借调 / 非在编", "在编"),
    VILLAGE_RESIDENT("是否驻村", "villageId", false, "是 / 否；空白为否", "是"),
    VILLAGE("驻村村名", "villageId", false, "驻村时必填：已建立的村或社区的全称", "栗山村"),
    LEADERSHIP_MEMBER("是否班子成员", "leadershipRole", false, "是 / 否；空白为否", "否"),
    LEADERSHIP_ROLE(
            "班子职务",
            "leadershipRole",
            false,
            "班子成员必填：党委书记 / 镇长 / 党委副书记 / 人大主席 / 纪委书记 / 副镇长 / 组织委员 / 宣传委员 / 统战委员 / 武装部长 / 人大副主席 / 党委委员",
            ""),
    SUPERVISED_UNITS("分管单位", "supervisedUnitIds", false, "班子成员分管的单位全称，多个用 、 分隔", ""),
    COMMITTEE_ROLES("绩考职务", "committeeRoles", false, "考核领导小组职务：主任 / 副主任 / 成员 / 绩考办主任；多个用 、 分隔", ""),
    ASSESSMENT_LEAD("全面负责绩考", "assessmentLead", false, "是 / 否；全镇只能一人，且须有绩考职务", "否"),
    LOGIN_NAME("登录名", "loginName", false, "小写字母开头，可含小写字母、数字和 . _ -，2–40 位，全镇唯一", "zhangzhe"),
    PHONE("手机", "phone", false, "11 位手机号，或 区号-电话（如 0737-7654321）", "13807370000"),
    SECONDMENT_HOST("借调单位", "secondment.hostOrganisation", false, "借调去的单位；人员类别为借调时必填", ""),
    SECONDMENT_MONTHS("借调起止", "secondment", false, "起止月份，如 2021-03~2021-12；尚未结束写 2021-03~", "");

    private final String header;
    private final String field;
    private final boolean required;
    private final String description;
    private final String example;

    RosterColumn(String header, String field, boolean required, String description, String example) {
        this.header = header;
        this.field = field;
        this.required = required;
        this.description = description;
        this.example = example;
    }

    /** The Chinese header in the file. */
    public String header() {
        return header;
    }

    /** The matching field of the cadre API, for problems reported there. */
    public String field() {
        return field;
    }

    public boolean required() {
        return required;
    }

    public String description() {
        return description;
    }

    public String example() {
        return example;
    }

    /** The column a header names; blanks, a trailing * and （必填） are ignored. */
    public static Optional<RosterColumn> ofHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String h = header.replace("\uFEFF", "")
                .replace("（必填）", "")
                .replace("(必填)", "")
                .replaceAll("[\\s*＊]", "");
        return Arrays.stream(values()).filter(c -> c.header.equals(h)).findFirst();
    }
}
