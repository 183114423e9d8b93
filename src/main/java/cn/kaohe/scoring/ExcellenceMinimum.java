package cn.kaohe.scoring;

import static cn.kaohe.scoring.Decimals.text;

import cn.kaohe.scoring.ScoringOutcome.Reason;
import cn.kaohe.scoring.model.SchemeVersion;
import java.math.BigDecimal;
import java.util.List;

/** A total below the scheme's minimum for excellence loses 评先评优资格. */
final class ExcellenceMinimum {

    private ExcellenceMinimum() {}

    static void check(SchemeVersion scheme, SubjectWork w) {
        BigDecimal min = scheme.grading().excellenceMinScore();
        if (min != null && w.displayTotal.compareTo(min) < 0) {
            w.loseExcellence(new Reason(
                    "BELOW_EXCELLENCE_MINIMUM",
                    "grading.excellenceMinScore",
                    scheme.grading().clause(),
                    List.of(),
                    "总分 " + text(w.displayTotal) + " 低于评先评优所需的 " + text(min) + " 分"));
        }
    }
}
