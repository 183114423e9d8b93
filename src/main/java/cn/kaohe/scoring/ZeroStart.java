package cn.kaohe.scoring;

import cn.kaohe.scoring.model.Category;
import java.math.BigDecimal;

/** ZERO: the category starts at 0 (加减分, 察访核验); ledger facts add and remove. */
final class ZeroStart implements CategoryStart {

    @Override
    public BigDecimal start(ScoringRun run, SubjectWork w, Category c) {
        return BigDecimal.ZERO;
    }
}
