package cn.kaohe.support;

import cn.kaohe.org.CadreCommand;
import cn.kaohe.org.CadreService;
import cn.kaohe.org.Gender;
import cn.kaohe.org.LeadershipRole;
import cn.kaohe.org.OrgService;
import cn.kaohe.org.PostRank;
import cn.kaohe.org.StaffType;
import cn.kaohe.org.UnitKind;
import java.util.List;
import java.util.UUID;

/**
 * A township of its own per test (unique codes): its 党政办, a deputy mayor (副镇长) who supervises the office, two clerks
 * of the office, each with a login. Tests sharing one database never meet each other's cadres.
 */
public final class SmallTown {

    public final String tag;
    public final long town;
    public final long office;
    public final long leader;
    public final String leaderLogin;
    public final long clerk;
    public final String clerkLogin;
    public final long otherClerk;
    public final String otherClerkLogin;

    public SmallTown(OrgService org, CadreService cadres, String prefix) {
        tag = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toLowerCase();
        town = org.createUnit(prefix + tag, "测试镇" + tag, UnitKind.TOWNSHIP, null, 0, "测试")
                .id();
        office = org.createUnit(prefix + tag + "-DZB", "党政办" + tag, UnitKind.OFFICE, town, 1, "测试")
                .id();
        leaderLogin = prefix.toLowerCase() + "l" + tag;
        leader = cadre(cadres, prefix + tag + "-L1", "李副镇长", town, LeadershipRole.DEPUTY_MAYOR, leaderLogin);
        cadres.supervise(leader, List.of(office), "测试");
        clerkLogin = prefix.toLowerCase() + "c" + tag;
        clerk = cadre(cadres, prefix + tag + "-C1", "陈干事", office, null, clerkLogin);
        otherClerkLogin = prefix.toLowerCase() + "o" + tag;
        otherClerk = cadre(cadres, prefix + tag + "-C2", "王干事", office, null, otherClerkLogin);
    }

    private static long cadre(
            CadreService cadres, String code, String name, long unit, LeadershipRole role, String login) {
        return cadres.create(
                        new CadreCommand(
                                code,
                                name,
                                Gender.MALE,
                                unit,
                                role == null ? "干事" : "副镇长",
                                role == null ? PostRank.STAFF : PostRank.DEPUTY,
                                StaffType.ESTABLISHED,
                                null,
                                role,
                                login,
                                null,
                                null),
                        "测试")
                .cadre()
                .id();
    }
}
