package cn.kaohe.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.scoring.ScoringInput.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Roles of a unit's people taken from the roster's post rank (issue 13). */
class MemberRoleTest {

    @ParameterizedTest(name = "{0}, unit prizes {1} → {2}")
    @CsvSource({
        // seed 004 第二十一条(一): 主要领导3000元、班子成员2600元、职工2200元 — the head is the 主要领导
        "PRINCIPAL, true, PRINCIPAL",
        "DEPUTY, true, LEADERSHIP_MEMBER",
        "STAFF, true, STAFF",
        // seed 002 四(三): 科室负责人 is the unit head; the 班子成员 are the supervising township leaders
        "PRINCIPAL, false, UNIT_HEAD",
        "DEPUTY, false, STAFF",
        "STAFF, false, STAFF"
    })
    void followsThePostRankAndTheScheme(String postRank, boolean prizes, Role role) {
        assertThat(EngineScorer.memberRole(postRank, prizes)).isEqualTo(role);
    }
}
