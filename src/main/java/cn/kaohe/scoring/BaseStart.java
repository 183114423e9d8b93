package cn.kaohe.scoring;

import static cn.kaohe.scoring.Decimals.text;

import cn.kaohe.scoring.model.Category;
import java.math.BigDecimal;
import java.util.List;

/** BASE: the category starts at its points (seed 000 作风建设 300); ledger facts add and remove. */
final class BaseStart implements CategoryStart {

    @Override
    public BigDecimal start(ScoringRun run, SubjectWork w, Category c) {
        Explanation.line(w, c, c.id(), c.clause(), List.of(), c.points(), c.name() + "基础分 " + text(c.points()) + " 分");
        return c.points();
    }
}
