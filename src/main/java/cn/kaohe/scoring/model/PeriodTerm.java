package cn.kaohe.scoring.model;

import static cn.kaohe.scoring.model.SchemeVersion.nonNull;

import java.math.BigDecimal;
import java.util.List;

/** Σ over periods of weight × average(score of the listed periods). */
public record PeriodTerm(List<String> periods, BigDecimal weight, String name) {
    public PeriodTerm {
        periods = nonNull(periods);
    }
}
