package cn.kaohe.scheme;

import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The process settings of a scheme version.
 *
 * @param noticeWorkingDays public notice (公示) in working days: seed 002 四(二)1 不少于3个工作日, seed 003 公示期为3天
 * @param appealWindowDays appeals accepted this many days after finalisation (公务员法 第九十五条: 30 days)
 * @param appealForwardHours the office forwards an appeal within this many hours (seed 001 篇三 六: 24小时内)
 * @param appealDecisionDays the committee decides within this many days (seed 001 篇三 六: 一星期内)
 * @param publicNotice false where the scheme asks for confidentiality (seed 001 篇三 六: 考核结果只有被考核者本人、考核小组成员
 *     了解): no public list, results go only to the cadre and the committee (default true)
 */
public record ProcessSettings(
        Integer noticeWorkingDays,
        Integer appealWindowDays,
        Integer appealForwardHours,
        Integer appealDecisionDays,
        Boolean publicNotice) {

    public static final ProcessSettings DEFAULT = new ProcessSettings(3, 30, 24, 7, true);

    public ProcessSettings(
            Integer noticeWorkingDays,
            Integer appealWindowDays,
            Integer appealForwardHours,
            Integer appealDecisionDays) {
        this(noticeWorkingDays, appealWindowDays, appealForwardHours, appealDecisionDays, true);
    }

    public ProcessSettings {
        publicNotice = publicNotice == null || publicNotice;
        noticeWorkingDays = noticeWorkingDays == null ? 3 : noticeWorkingDays;
        appealWindowDays = appealWindowDays == null ? 30 : appealWindowDays;
        appealForwardHours = appealForwardHours == null ? 24 : appealForwardHours;
        appealDecisionDays = appealDecisionDays == null ? 7 : appealDecisionDays;
    }

    /** Checks the ranges; throws COMMON-001 naming each bad field. */
    public ProcessSettings validated() {
        List<Problem> problems = new ArrayList<>();
        range(problems, "noticeWorkingDays", noticeWorkingDays, 1, 30, "公示工作日数");
        range(problems, "appealWindowDays", appealWindowDays, 1, 365, "申诉期限（天）");
        range(problems, "appealForwardHours", appealForwardHours, 1, 720, "申诉转报时限（小时）");
        range(problems, "appealDecisionDays", appealDecisionDays, 1, 90, "申诉裁定时限（天）");
        if (!problems.isEmpty()) {
            throw KaoheException.invalid(problems);
        }
        return this;
    }

    private static void range(List<Problem> problems, String field, int value, int min, int max, String label) {
        if (value < min || value > max) {
            problems.add(Problem.ofField(field, label + "应在 " + min + "–" + max + " 之间，现为 " + value));
        }
    }
}
