package cn.kaohe.scoring.model;

import static cn.kaohe.scoring.model.SchemeVersion.nonNull;

import java.util.List;

/**
 * Counts prior-period grades (and the current one if {@code includeCurrent}) and applies effects
 * when the count reaches {@code atLeast}. With {@code bottomRanks} a period also counts when the source ranked among
 * the last that many (seed 003 六3: 2个月党建工作考核不合格或在乡镇(场)排名后2名).
 */
public record RollUpRule(
        String id,
        String name,
        String clause,
        RollUpSource source,
        List<String> grades,
        Integer atLeast,
        Boolean includeCurrent,
        Integer bottomRanks,
        List<Effect> effects) {

    /** A roll-up counting grades only. */
    public RollUpRule(
            String id,
            String name,
            String clause,
            RollUpSource source,
            List<String> grades,
            Integer atLeast,
            Boolean includeCurrent,
            List<Effect> effects) {
        this(id, name, clause, source, grades, atLeast, includeCurrent, null, effects);
    }

    /** Whether a period with this grade and place counts. */
    public boolean counts(String grade, Integer rank, Integer rankCount) {
        if (grade != null && grades.contains(grade)) {
            return true;
        }
        // with no more sources ranked than the places counted, every source would be "among the last": not counted
        return bottomRanks != null
                && rank != null
                && rankCount != null
                && rankCount > bottomRanks
                && rank > rankCount - bottomRanks;
    }

    public RollUpRule {
        source = source == null ? RollUpSource.SELF : source;
        grades = nonNull(grades);
        includeCurrent = includeCurrent != null && includeCurrent;
        effects = nonNull(effects);
    }
}
