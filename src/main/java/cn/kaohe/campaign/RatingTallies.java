package cn.kaohe.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Online rating-sheet votes (测评), kept only as a sum and a count per subject, rater group and part (docs/adr/0011).
 * A tally row has no id and no timestamp, and one sheet adds to many rows: nothing stored can group votes back into
 * sheets or tie them to a rater. Who submitted (never what) is in {@code rating_sheet_submission}.
 */
@Component
public class RatingTallies {

    private final JdbcTemplate jdbc;

    RatingTallies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The votes of one rater group on one part for one subject: their sum and how many raters voted. */
    public record Tally(long cadreId, String raterGroup, String part, BigDecimal sum, int votes) {

        /** The average vote (what the scheme's rating category uses). */
        public BigDecimal average() {
            return votes == 0 ? BigDecimal.ZERO : sum.divide(BigDecimal.valueOf(votes), 4, RoundingMode.HALF_UP);
        }
    }

    /** Records who is to submit a sheet (when the campaign's rating sheets are handed out); idempotent. */
    void expect(long campaignId, List<String> raters) {
        Set<String> known = new TreeSet<>(jdbc.queryForList(
                "select rater from rating_sheet_submission where campaign_id = ?", String.class, campaignId));
        for (String rater : raters) {
            if (!known.contains(rater)) {
                jdbc.update(
                        "insert into rating_sheet_submission (campaign_id, rater, submitted) values (?, ?, false)",
                        campaignId,
                        rater);
            }
        }
    }

    /**
     * Records that {@code rater} submitted a sheet of the campaign.
     *
     * @return false when the rater had already submitted one (nothing is recorded then)
     */
    boolean markSubmitted(long campaignId, String rater) {
        int updated = jdbc.update(
                "update rating_sheet_submission set submitted = true where campaign_id = ? and rater = ?"
                        + " and not submitted",
                campaignId,
                rater);
        if (updated == 1) {
            return true;
        }
        try {
            jdbc.update(
                    "insert into rating_sheet_submission (campaign_id, rater, submitted) values (?, ?, true)",
                    campaignId,
                    rater);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Adds one vote to its tally (callers hold the campaign's row lock, so two sheets never race here). */
    void add(long campaignId, long cadreId, String raterGroup, String part, BigDecimal score) {
        int updated = jdbc.update(
                "update rating_tally set score_sum = score_sum + ?, vote_count = vote_count + 1"
                        + " where campaign_id = ? and cadre_id = ? and rater_group = ? and part = ?",
                score,
                campaignId,
                cadreId,
                raterGroup,
                part);
        if (updated == 0) {
            jdbc.update(
                    "insert into rating_tally (campaign_id, cadre_id, rater_group, part, score_sum, vote_count)"
                            + " values (?, ?, ?, ?, ?, 1)",
                    campaignId,
                    cadreId,
                    raterGroup,
                    part,
                    score);
        }
    }

    /** The tallies of a campaign, in a fixed order (subject, group, part). */
    public List<Tally> of(long campaignId) {
        return jdbc.query(
                "select cadre_id, rater_group, part, score_sum, vote_count from rating_tally where campaign_id = ?"
                        + " order by cadre_id, rater_group, part",
                (rs, i) ->
                        new Tally(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getInt(5)),
                campaignId);
    }

    /** The logins that have submitted their sheet, sorted (no order of submission is kept). */
    public Set<String> submitted(long campaignId) {
        return new TreeSet<>(jdbc.queryForList(
                "select rater from rating_sheet_submission where campaign_id = ? and submitted",
                String.class,
                campaignId));
    }

    /** The logins that were handed a sheet, sorted; empty before the sheets are handed out. */
    public Set<String> expected(long campaignId) {
        return new TreeSet<>(jdbc.queryForList(
                "select rater from rating_sheet_submission where campaign_id = ?", String.class, campaignId));
    }
}
