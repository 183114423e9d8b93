package cn.kaohe.org;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A small township of its own per test (unique codes and names), so that integration tests share one
 * database with each other and with the demo township without interfering:
 * township → 党建办 (→ 党建办档案室), 财政所, 栗山村, 新街社区.
 */
final class TestTownship {

    final String tag;
    final UnitDetail township;
    final UnitDetail office;
    final UnitDetail archive;
    final UnitDetail finance;
    final UnitDetail village;
    final UnitDetail community;

    TestTownship(OrgService org) {
        this.tag = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        township = org.createUnit("T" + tag, "测试镇" + tag, UnitKind.TOWNSHIP, null, 0, "测试");
        office = org.createUnit("T" + tag + "-DJB", "党建办" + tag, UnitKind.OFFICE, township.id(), 20, "测试");
        archive = org.createUnit("T" + tag + "-DAS", "档案室" + tag, UnitKind.OFFICE, office.id(), 1, "测试");
        finance = org.createUnit("T" + tag + "-CZS", "财政所" + tag, UnitKind.INSTITUTE, township.id(), 10, "测试");
        village = org.createUnit("T" + tag + "-C01", "栗山村" + tag, UnitKind.VILLAGE, township.id(), 30, "测试");
        community = org.createUnit("T" + tag + "-S01", "新街社区" + tag, UnitKind.COMMUNITY, township.id(), 31, "测试");
    }

    /** A work number unique to this township. */
    String code(String local) {
        return "T" + tag + "-" + local;
    }

    /** A login name unique to this township. */
    String login(String local) {
        return local + tag.toLowerCase();
    }

    /**
     * Replaces in a roster text: {T} by the tag, and the plain unit names by this township's names
     * (镇 党建办 档案室 财政所 栗山村 新街社区).
     */
    String roster(String text) {
        return text.replace("{T}", tag)
                .replace("{login}", tag.toLowerCase())
                .replace("@镇", township.name())
                .replace("@党建办", office.name())
                .replace("@档案室", archive.name())
                .replace("@财政所", finance.name())
                .replace("@栗山村", village.name())
                .replace("@新街社区", community.name());
    }

    byte[] csv(String... lines) {
        return roster(RosterFixtures.HEADER + "\n" + String.join("\n", lines) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
