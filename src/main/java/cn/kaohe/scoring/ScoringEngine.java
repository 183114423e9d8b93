package cn.kaohe.scoring;

import cn.kaohe.scoring.model.SchemeVersion;

/**
 * The scoring engine: interprets a {@link SchemeVersion} over a {@link ScoringInput}. Pure, side effect free and
 * thread-safe (all state lives in one {@link ScoringRun}). Order of work, per subject, each step a named policy
 * (docs/adr/0022 has the map):
 *
 * <ol>
 *   <li>who each fact hits ({@link FactDistribution});
 *   <li>category start values, one {@link CategoryStart} per category source (base points, ratings, mapped grades,
 *       period terms, targets);
 *   <li>ledger facts ({@link FactApplication}): points by the rule's {@link FactValuation} × factors, repeat
 *       doubling ({@link RepeatedWorkItem}), highest-per-work-item ({@link HighestPerWorkItem}), sub-caps;
 *   <li>category caps and floors, committee adjustments, total = Σ weight × category, total cap and floor ({@link
 *       SubjectTotal});
 *   <li>derived subjects (leaders, secretary, mayor) from the others' categories plus their own facts ({@link
 *       DerivedStart});
 *   <li>effects ({@link Effects}, one {@link EffectPolicy} per kind) and roll-ups ({@link RollUps}); grading per
 *       group; pay.
 * </ol>
 *
 * Rounding: see {@link Decimals}.
 */
public final class ScoringEngine {

    public static final String TOTAL = "total";

    /** Scores a group of subjects. Throws {@link cn.kaohe.shared.KaoheException} on bad input. */
    public ScoringOutcome score(SchemeVersion scheme, ScoringInput input) {
        SchemeValidator.check(scheme);
        InputValidator.check(scheme, input);
        return new ScoringRun(scheme, input).execute();
    }
}
