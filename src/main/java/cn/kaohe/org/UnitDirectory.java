package cn.kaohe.org;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds a unit by what a person writes in a roster: its code; its name when only one unit has that name; or
 * 「上级单位/单位名称」 (the parent's name or code, a slash, the name) when several have it. Unit names are unique only
 * within their parent (a county has a 党政综合办 in every township; V19), so a bare name may be ambiguous.
 */
final class UnitDirectory {

    private final Map<String, OrgUnit> byCode = new HashMap<>();
    private final Map<String, List<OrgUnit>> byName = new HashMap<>();
    private OrgUnit home;

    UnitDirectory(Collection<OrgUnit> units) {
        for (OrgUnit u : units) {
            byCode.put(u.getCode(), u);
            byName.computeIfAbsent(u.getName(), k -> new ArrayList<>()).add(u);
        }
    }

    /**
     * Makes the township of a roster file its home: when the units the file names unambiguously all lie in one
     * township (a roster names its township for the leaders), a name several townships share means that township's
     * unit. Without one home, such a name stays ambiguous.
     */
    UnitDirectory withHomeOf(Collection<String> references) {
        java.util.Set<OrgUnit> roots = new java.util.HashSet<>();
        for (String ref : references) {
            Lookup found = find(ref);
            if (found.unit() != null) {
                roots.add(root(found.unit()));
            }
        }
        home = roots.size() == 1 ? roots.iterator().next() : null;
        return this;
    }

    private static OrgUnit root(OrgUnit unit) {
        OrgUnit u = unit;
        while (u.getParent() != null) {
            u = u.getParent();
        }
        return u;
    }

    /** A directory over a plain name lookup (units whose names are unique), as older callers have one. */
    static Function<String, Lookup> of(Function<String, Optional<OrgUnit>> byName) {
        return ref -> byName.apply(ref).map(Lookup::found).orElseGet(Lookup::none);
    }

    Lookup find(String reference) {
        String ref = reference == null ? "" : reference.trim();
        OrgUnit coded = byCode.get(ref);
        if (coded != null) {
            return Lookup.found(coded);
        }
        int slash = Math.max(ref.lastIndexOf('/'), ref.lastIndexOf('／'));
        List<OrgUnit> candidates;
        if (slash > 0) {
            String parent = ref.substring(0, slash).trim();
            candidates = byName.getOrDefault(ref.substring(slash + 1).trim(), List.of()).stream()
                    .filter(u -> u.getParent() != null
                            && (u.getParent().getName().equals(parent)
                                    || u.getParent().getCode().equals(parent)))
                    .toList();
        } else {
            candidates = byName.getOrDefault(ref, List.of());
        }
        if (candidates.size() > 1 && home != null) {
            List<OrgUnit> inHome =
                    candidates.stream().filter(u -> root(u).equals(home)).toList();
            candidates = inHome.isEmpty() ? candidates : inHome;
        }
        if (candidates.size() == 1) {
            return Lookup.found(candidates.get(0));
        }
        if (candidates.isEmpty()) {
            return Lookup.none();
        }
        return new Lookup(
                null,
                candidates.stream()
                        .map(u -> (u.getParent() == null ? "" : u.getParent().getName() + "/") + u.getName() + "（编码 "
                                + u.getCode() + "）")
                        .toList());
    }

    /** A unit found, nothing found ({@code unit} null, no candidates) or several candidates (ambiguous). */
    record Lookup(OrgUnit unit, List<String> candidates) {

        static Lookup found(OrgUnit unit) {
            return new Lookup(unit, List.of());
        }

        static Lookup none() {
            return new Lookup(null, List.of());
        }

        boolean ambiguous() {
            return unit == null && !candidates.isEmpty();
        }

        /** The problem text when no single unit was found, naming what was written. */
        String problem(String written, String what) {
            return ambiguous()
                    ? what + "「" + written + "」有 " + candidates.size() + " 个同名单位：" + String.join("、", candidates)
                            + "；请填写单位编码或「上级单位/单位名称」"
                    : what + "「" + written + "」不存在（须先在系统中建立，名称须完全一致）";
        }
    }
}
