package cn.kaohe.scoring.model;

/**
 * Seed 000 一: 班子成员取所分管办…人员平均分，书记、镇长取全体机关干部平均分.
 *
 * @param ownFacts 参数: the subject's own facts on top of the average (default) or, for a fact the average already
 *     contains, only through the average
 */
public record DerivedScore(String role, DerivedMethod method, String clause, String description, OwnFacts ownFacts) {
    public DerivedScore {
        ownFacts = ownFacts == null ? OwnFacts.ON_TOP : ownFacts;
    }
}
