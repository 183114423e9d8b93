package cn.kaohe.campaign;

import cn.kaohe.web.security.RecordOwners;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Tells the access policy whose an assessment is (the cadre and the rating leader). */
@Component
class AssessmentOwners implements RecordOwners.Assessments {

    private final JdbcTemplate jdbc;

    AssessmentOwners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RecordOwners.Parties> parties(long assessmentId) {
        return jdbc
                .query(
                        "select cadre_id, leader_id from assessment where id = ?",
                        (rs, i) -> new RecordOwners.Parties(
                                rs.getObject("cadre_id", Long.class), rs.getObject("leader_id", Long.class)),
                        assessmentId)
                .stream()
                .findFirst();
    }

    @Override
    public boolean rates(long leaderCadreId, long cadreId) {
        Integer n = jdbc.queryForObject(
                "select count(*) from assessment where cadre_id = ? and leader_id = ?",
                Integer.class,
                cadreId,
                leaderCadreId);
        return n != null && n > 0;
    }
}
