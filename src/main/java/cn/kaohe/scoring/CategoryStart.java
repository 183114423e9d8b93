package cn.kaohe.scoring;

import cn.kaohe.scoring.model.Category;
import java.math.BigDecimal;

/**
 * A category source policy: the value a category starts at for one subject, before ledger facts, with the
 * explanation lines that make it up. One implementation per {@link
 * cn.kaohe.scoring.model.CategorySource}, registered in {@link CategoryStarts}.
 */
interface CategoryStart {

    BigDecimal start(ScoringRun run, SubjectWork w, Category c);
}
