package cn.kaohe.target;

import cn.kaohe.org.CadreCommand;
import cn.kaohe.org.CadreService;
import cn.kaohe.org.Gender;
import cn.kaohe.org.OrgService;
import cn.kaohe.org.PostRank;
import cn.kaohe.org.StaffType;
import cn.kaohe.org.UnitKind;
import java.util.UUID;

/**
 * A small district of its own per test (unique codes and names): the district and two of its departments (区直部门),
 * each with its head (主要负责人, a login); 发改局 also has a clerk. Tests sharing one database never meet each other's
 * targets.
 */
final class TargetDistrict {

    private final CadreService cadres;
    final String tag;
    final long district;
    final long development; // 发改局
    final long housing; // 住建局
    final long developmentHead;
    final String developmentHeadLogin;
    final long developmentClerk;
    final long housingHead;
    final String housingHeadLogin;

    TargetDistrict(OrgService org, CadreService cadres) {
        this.cadres = cadres;
        tag = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        district = org.createUnit("TD" + tag, "目标区" + tag, UnitKind.TOWNSHIP, null, 0, "目标测试")
                .id();
        development = org.createUnit("TD" + tag + "-FGJ", "发改局" + tag, UnitKind.OFFICE, district, 1, "目标测试")
                .id();
        housing = org.createUnit("TD" + tag + "-ZJJ", "住建局" + tag, UnitKind.OFFICE, district, 2, "目标测试")
                .id();
        developmentHeadLogin = "tdf" + tag.toLowerCase();
        developmentHead = cadre("F1", "钱局长", development, PostRank.PRINCIPAL, developmentHeadLogin);
        developmentClerk = cadre("F2", "孙文书", development, PostRank.STAFF, "tdc" + tag.toLowerCase());
        housingHeadLogin = "tdz" + tag.toLowerCase();
        housingHead = cadre("Z1", "周局长", housing, PostRank.PRINCIPAL, housingHeadLogin);
    }

    private long cadre(String local, String name, long unit, PostRank rank, String login) {
        return cadres.create(
                        new CadreCommand(
                                "TD" + tag + "-" + local,
                                name,
                                Gender.MALE,
                                unit,
                                rank == PostRank.PRINCIPAL ? "局长" : "文书",
                                rank,
                                StaffType.ESTABLISHED,
                                null,
                                null,
                                login,
                                null,
                                null),
                        "目标测试")
                .cadre()
                .id();
    }

    /** The unit's principal or clerk acting for it. */
    TargetService.Actor unitActor(long cadreId, String login) {
        return new TargetService.Actor(login, cadreId, false);
    }

    static TargetService.Actor office() {
        return new TargetService.Actor("office-tester", null, true);
    }
}
