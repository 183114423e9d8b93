package cn.kaohe.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitDirectoryTest {

    static final OrgUnit EAST = RosterFixtures.unit(11, "E", "东山镇", UnitKind.TOWNSHIP, null);
    static final OrgUnit WEST = RosterFixtures.unit(12, "W", "西河镇", UnitKind.TOWNSHIP, null);
    static final OrgUnit EAST_OFFICE = RosterFixtures.unit(13, "E-ZHB", "党政综合办", UnitKind.OFFICE, EAST);
    static final OrgUnit WEST_OFFICE = RosterFixtures.unit(14, "W-ZHB", "党政综合办", UnitKind.OFFICE, WEST);
    static final OrgUnit EAST_FINANCE = RosterFixtures.unit(15, "E-CZS", "财政所", UnitKind.INSTITUTE, EAST);

    UnitDirectory directory() {
        return new UnitDirectory(List.of(EAST, WEST, EAST_OFFICE, WEST_OFFICE, EAST_FINANCE));
    }

    @Test
    void findsAUnitByCodeOrByAUniqueName() {
        assertThat(directory().find("W-ZHB").unit()).isEqualTo(WEST_OFFICE);
        assertThat(directory().find(" 财政所 ").unit()).isEqualTo(EAST_FINANCE);
        assertThat(directory().find("水利站").unit()).isNull();
        assertThat(directory().find("水利站").ambiguous()).isFalse();
    }

    @Test
    void aSharedNameIsAmbiguousAndNamesItsCandidates() {
        UnitDirectory.Lookup lookup = directory().find("党政综合办");
        assertThat(lookup.ambiguous()).isTrue();
        assertThat(lookup.problem("党政综合办", "单位"))
                .contains("东山镇/党政综合办（编码 E-ZHB）")
                .contains("西河镇/党政综合办（编码 W-ZHB）")
                .contains("上级单位/单位名称");
    }

    @Test
    void theParentsNameOrCodeSaysWhichOneIsMeant() {
        assertThat(directory().find("西河镇/党政综合办").unit()).isEqualTo(WEST_OFFICE);
        assertThat(directory().find("E／党政综合办").unit()).isEqualTo(EAST_OFFICE);
    }

    @Test
    void aFileOfOneTownshipMeansThatTownshipsUnit() {
        assertThat(directory()
                        .withHomeOf(List.of("东山镇", "党政综合办", "财政所"))
                        .find("党政综合办")
                        .unit())
                .isEqualTo(EAST_OFFICE);
        assertThat(directory().withHomeOf(List.of("东山镇", "西河镇")).find("党政综合办").ambiguous())
                .isTrue();
    }
}
