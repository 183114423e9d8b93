package cn.kaohe.scoring;

import cn.kaohe.scoring.ScoringOutcome.SubjectResult;
import cn.kaohe.scoring.model.SchemeVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * The appeal "no worse" guard (不因申诉加重处理): compares a re-scored result with the result the
 * subject appealed against. Worse means a lower total, a worse grade, a lost eligibility or lower
 * net pay.
 */
public final class AppealGuard {

    private AppealGuard() {}

    /** What is worse for the subject in {@code after} than in {@code before}; empty = not worse. */
    public static List<String> worsening(SchemeVersion scheme, SubjectResult before, SubjectResult after) {
        List<String> out = new ArrayList<>();
        if (after.total().compareTo(before.total()) < 0) {
            out.add("总分由 " + Decimals.text(before.total()) + " 降为 " + Decimals.text(after.total()));
        }
        int was = Grader.indexOf(scheme, before.gradeCode());
        int now = Grader.indexOf(scheme, after.gradeCode());
        if (was >= 0 && now > was) {
            out.add("等次由“" + before.gradeLabel() + "”降为“" + after.gradeLabel() + "”");
        }
        if (before.excellenceEligible() && !after.excellenceEligible()) {
            out.add("失去评先评优资格");
        }
        if (before.pay() != null
                && after.pay() != null
                && after.pay().net().compareTo(before.pay().net()) < 0) {
            out.add("绩效奖金由 " + Decimals.text(before.pay().net()) + " 元减为 "
                    + Decimals.text(after.pay().net()) + " 元");
        }
        return out;
    }

    public static boolean isWorse(SchemeVersion scheme, SubjectResult before, SubjectResult after) {
        return !worsening(scheme, before, after).isEmpty();
    }
}
