package cn.kaohe.org;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Units and roster text for the pure roster tests (no database: ids are set by reflection). */
final class RosterFixtures {

    static final OrgUnit TOWNSHIP = unit(1, "DLG", "大栗港镇", UnitKind.TOWNSHIP, null);
    static final OrgUnit PARTY_OFFICE = unit(2, "DLG-DJB", "党建办", UnitKind.OFFICE, TOWNSHIP);
    static final OrgUnit FINANCE = unit(3, "DLG-CZS", "财政所", UnitKind.INSTITUTE, TOWNSHIP);
    static final OrgUnit VILLAGE = unit(4, "DLG-C02", "栗山村", UnitKind.VILLAGE, TOWNSHIP);
    static final OrgUnit COMMUNITY = unit(5, "DLG-S01", "大栗港社区", UnitKind.COMMUNITY, TOWNSHIP);

    static final String HEADER = String.join(",", RosterTemplate.headers());

    private RosterFixtures() {}

    static Function<String, Optional<OrgUnit>> units() {
        Map<String, OrgUnit> byName = Arrays.asList(TOWNSHIP, PARTY_OFFICE, FINANCE, VILLAGE, COMMUNITY).stream()
                .collect(Collectors.toMap(OrgUnit::getName, Function.identity()));
        return name -> Optional.ofNullable(byName.get(name));
    }

    static OrgUnit unit(long id, String code, String name, UnitKind kind, OrgUnit parent) {
        OrgUnit u = new OrgUnit(code, name, kind, parent, (int) id);
        try {
            Field f = OrgUnit.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(u, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return u;
    }

    /** A CSV roster with the full template header and the given data lines. */
    static byte[] csv(String... lines) {
        return (HEADER + "\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static RosterRowParser.Result parse(String... lines) {
        return RosterRowParser.parse(RosterReader.read("roster.csv", csv(lines)), units());
    }

    static List<String> problemsAsText(RosterRowParser.Result result) {
        return result.problems().stream()
                .map(p -> p.row() + "|" + p.field() + "|" + p.message())
                .toList();
    }
}
