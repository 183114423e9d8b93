package cn.kaohe.scoring;

import cn.kaohe.scoring.model.SchemeVersion;

/**
 * The scoring engine: interprets a {@link SchemeVersion} over a {@link ScoringInput}. Pure, side effect free and
 * thread-safe (all state of a run lives in one {@link ScoringRun}; the engine remembers only the last scheme version it
 * found valid). Order of work, per subject, each step a named policy
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

    /**
     * The scheme version last found valid. Versions are immutable records, and a campaign scores every assessment
     * against the one instance its scorer keeps, so checking that instance once is enough (the check was a fortieth
     * of a task completion's CPU, docs/adr/0013).
     */
    private volatile SchemeVersion lastValid;

    /** Scores a group of subjects. Throws {@link cn.kaohe.shared.KaoheException} on bad input. */
    public ScoringOutcome score(SchemeVersion scheme, ScoringInput input) {
        if (scheme == null || scheme != lastValid) {
            SchemeValidator.check(scheme);
            lastValid = scheme;
        }
        InputValidator.check(scheme, input);
        return new ScoringRun(scheme, input).execute();
    }
}
