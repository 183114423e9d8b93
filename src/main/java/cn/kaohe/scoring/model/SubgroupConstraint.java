package cn.kaohe.scoring.model;

import static cn.kaohe.scoring.model.SchemeVersion.nonNull;

import java.math.BigDecimal;
import java.util.List;

/** At least {@code minShare} of each listed grade (all if empty) must carry {@code tag}. */
public record SubgroupConstraint(String tag, String name, BigDecimal minShare, List<String> grades, String clause) {
    public SubgroupConstraint {
        grades = nonNull(grades);
    }
}
