package cn.kaohe.scoring;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Chinese names of the codes schemes use for levels, classes and consequences, so that explanations and messages
 * name things the way the seeds do (迟到, 省级, 三类) and never print a code (issue 13). Fact types are named by their
 * rule's {@code name}; grades by their {@code label}.
 */
public final class Vocabulary {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private static final Map<String, String> LEVELS = Map.ofEntries(
            // censure and commendation levels (seed 000 三(二)2, seed 002 四(二)3, seed 004 第十二条)
            Map.entry("NATION", "国家级"),
            Map.entry("CENTRAL", "中央级"),
            Map.entry("MINISTRY_OR_PROVINCE", "部省级"),
            Map.entry("PROVINCE", "省级"),
            Map.entry("CITY", "市级"),
            Map.entry("COUNTY", "县级"),
            Map.entry("TOWN", "镇级"),
            // 八项基础工作 classes (seed 000 三(二)5)
            Map.entry("CLASS_1", "一类"),
            Map.entry("CLASS_2", "二类"),
            Map.entry("CLASS_3", "三类"),
            // investment bands of 轻工业企业 (seed 004 第十二条(二)2(2))
            Map.entry("FROM_5M_TO_10M", "500万至1000万元"),
            Map.entry("FROM_10M_TO_30M", "1000万至3000万元"),
            Map.entry("ABOVE_30M", "3000万元以上"),
            // disciplinary measures (seed 000 三(二)4)
            Map.entry("WARNING", "警告"),
            Map.entry("DEMERIT", "记过"),
            Map.entry("MAJOR_DEMERIT", "记大过"),
            Map.entry("SEVERE_WARNING", "严重警告"),
            Map.entry("DEMOTION", "降级"),
            Map.entry("DISMISSAL", "撤职"),
            Map.entry("ACCOUNTABILITY", "问责"));

    private static final Map<String, String> CONSEQUENCES = Map.of(
            "LEADERS_NO_PRIZE", "领导班子成员和相关人员不予奖励",
            "PREFERRED_EXCELLENT", "优先评为优秀等次",
            "INTERVIEW", "约谈");

    private Vocabulary() {}

    /** The Chinese name of a level or class code; a level the vocabulary does not know is shown as written. */
    public static String level(String code) {
        if (code == null) {
            return "";
        }
        return LEVELS.getOrDefault(code, code);
    }

    /** True when the vocabulary names this level or class. */
    public static boolean knowsLevel(String code) {
        return LEVELS.containsKey(code);
    }

    /**
     * An explanation of a recorded consequence: its Chinese value and reason ("约谈：排名最后"); a coded value
     * (LEADERS_NO_PRIZE) is named, or left out when the reason already says it.
     */
    public static String consequence(String value, String reason) {
        if (value == null || !CODE.matcher(value).matches()) {
            return value + "：" + reason;
        }
        String name = CONSEQUENCES.get(value);
        if (name == null || name.equals(reason)) {
            return reason;
        }
        return name + "：" + reason;
    }
}
