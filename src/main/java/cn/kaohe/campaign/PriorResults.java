package cn.kaohe.campaign;

import cn.kaohe.scheme.SchemeDocuments;
import cn.kaohe.scoring.ScoringInput;
import cn.kaohe.scoring.ScoringInput.PriorResult;
import cn.kaohe.scoring.model.Category;
import cn.kaohe.scoring.model.CategorySource;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.shared.Cycle;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Earlier results the engine reads: the quarters' totals of the year for PERIODS categories and the results of the same
 * unit's earlier finalised campaigns (roll-ups, 连续…年).
 */
@Component
class PriorResults {

    /** How many years back an annual campaign looks for 连续…年 (seed 002 四(二)5 needs one). */
    static final int LOOK_BACK_YEARS = 5;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = SchemeDocuments.json();

    PriorResults(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Scores of earlier periods for PERIODS categories (seed 002 四(二)1: 前三季度平均×40% + 第四季度×60%): the totals
     * of the same unit's finalised quarterly campaigns of the year, as Q1…Q4.
     */
    List<ScoringInput.PeriodScore> periodScores(Campaign campaign, SchemeVersion scheme) {
        List<String> periodCategories = scheme.categories().stream()
                .filter(c -> c.source() == CategorySource.PERIODS)
                .map(Category::id)
                .toList();
        if (periodCategories.isEmpty()) {
            return List.of();
        }
        List<ScoringInput.PeriodScore> scores = new ArrayList<>();
        jdbc.query(
                "select coalesce(a.subject_unit_id, a.cadre_id), c.period_start, a.total from assessment a"
                        + " join campaign c on c.id = a.campaign_id where c.unit_id = ? and c.cycle = 'QUARTERLY'"
                        + " and c.status = 'FINALISED' and c.period_start >= ? and c.period_end <= ?"
                        + " and a.total is not null",
                rs -> {
                    String period = "Q" + ((rs.getDate(2).toLocalDate().getMonthValue() - 1) / 3 + 1);
                    for (String category : periodCategories) {
                        scores.add(new ScoringInput.PeriodScore(
                                String.valueOf(rs.getLong(1)), category, period, rs.getBigDecimal(3)));
                    }
                },
                campaign.getUnitId(),
                campaign.getPeriodStart().withDayOfYear(1),
                campaign.getPeriodStart().withDayOfYear(1).plusYears(1).minusDays(1));
        return scores;
    }

    /**
     * Results of the same unit's earlier finalised campaigns of this cycle, keyed by the assessed subject (a unit's
     * results stay the unit's when its head changes): the earlier periods of the same year (roll-ups, seed 003 六2: 一年
     * 累计被评定为D等…) or, for an annual campaign, the years before (seed 002 四(二)5 连续两年排名最后). The place and the
     * number ranked are those of the subject's ranking group in that campaign.
     */
    List<PriorResult> priorResults(Campaign campaign, boolean units) {
        boolean annual = campaign.getCycle() == Cycle.ANNUAL;
        LocalDate from = annual
                ? campaign.getPeriodStart().minusYears(LOOK_BACK_YEARS)
                : campaign.getPeriodStart().withDayOfYear(1);
        List<PriorResult> prior = new ArrayList<>();
        List<Map<String, Object>> earlier = jdbc.queryForList(
                "select c.id, c.period_label, c.group_result from campaign c"
                        + " where c.unit_id = ? and c.cycle = ? and c.status = 'FINALISED' and c.id <> ?"
                        + " and c.period_start >= ? and c.period_end < ? order by c.period_start",
                campaign.getUnitId(),
                campaign.getCycle().name(),
                campaign.getId(),
                from,
                campaign.getPeriodStart());
        for (Map<String, Object> c : earlier) {
            Map<String, int[]> places = places((String) c.get("group_result"));
            jdbc.query(
                    "select coalesce(a.subject_unit_id, a.cadre_id), a.total, a.grade, a.rank_no from assessment a"
                            + " where a.campaign_id = ? and a.subject_unit_id is " + (units ? "not null" : "null"),
                    rs -> {
                        String subject = String.valueOf(rs.getLong(1));
                        int[] place = places.get(subject);
                        prior.add(new PriorResult(
                                subject,
                                (String) c.get("period_label"),
                                rs.getBigDecimal(2),
                                rs.getString(3),
                                place == null ? null : place[0],
                                place == null ? null : place[1]));
                    },
                    ((Number) c.get("id")).longValue());
        }
        return prior;
    }

    /** Each subject's place and the size of its ranking group, from a campaign's stored group results. */
    private Map<String, int[]> places(String groupResult) {
        Map<String, int[]> out = new HashMap<>();
        if (groupResult == null || RankingFailure.isFailure(groupResult)) {
            return out;
        }
        try {
            JsonNode groups = json.readTree(groupResult);
            for (JsonNode g : groups) {
                JsonNode ranking = g.path("ranking");
                for (JsonNode e : ranking) {
                    out.put(
                            e.path("subjectId").asText(),
                            new int[] {e.path("rank").asInt(), ranking.size()});
                }
            }
        } catch (JsonProcessingException e) {
            return out;
        }
        return out;
    }
}
