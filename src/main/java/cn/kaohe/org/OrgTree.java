package cn.kaohe.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The unit tree in memory (a township has tens of units): roots, children, ancestors, descendants. */
final class OrgTree {

    private static final Comparator<OrgUnit> ORDER =
            Comparator.comparingInt(OrgUnit::getSortOrder).thenComparing(OrgUnit::getCode);

    private final Map<Long, OrgUnit> byId = new HashMap<>();
    private final Map<Long, List<OrgUnit>> children = new HashMap<>();
    private final List<OrgUnit> roots = new ArrayList<>();

    OrgTree(List<OrgUnit> units) {
        for (OrgUnit u : units) {
            byId.put(u.getId(), u);
        }
        for (OrgUnit u : units) {
            Long parentId = u.getParentId();
            if (parentId == null || !byId.containsKey(parentId)) {
                roots.add(u);
            } else {
                children.computeIfAbsent(parentId, k -> new ArrayList<>()).add(u);
            }
        }
        roots.sort(ORDER);
        children.values().forEach(l -> l.sort(ORDER));
    }

    /** Position of each unit (by id) in depth-first order: a unit before its children, siblings in order. */
    Map<Long, Integer> positions() {
        Map<Long, Integer> positions = new HashMap<>();
        for (OrgUnit root : roots) {
            for (OrgUnit u : subtree(root)) {
                positions.putIfAbsent(u.getId(), positions.size());
            }
        }
        return positions;
    }

    List<OrgUnit> roots() {
        return List.copyOf(roots);
    }

    List<OrgUnit> children(OrgUnit unit) {
        return List.copyOf(children.getOrDefault(unit.getId(), List.of()));
    }

    /** The unit and every unit below it. */
    Set<OrgUnit> subtree(OrgUnit unit) {
        Set<OrgUnit> result = new LinkedHashSet<>();
        collect(unit, result);
        return result;
    }

    private void collect(OrgUnit unit, Set<OrgUnit> into) {
        if (into.add(unit)) {
            for (OrgUnit child : children.getOrDefault(unit.getId(), List.of())) {
                collect(child, into);
            }
        }
    }

    /** The unit and every unit above it, nearest first. */
    List<OrgUnit> pathToRoot(OrgUnit unit) {
        List<OrgUnit> path = new ArrayList<>();
        OrgUnit current = byId.getOrDefault(unit.getId(), unit);
        while (current != null && !path.contains(current)) {
            path.add(current);
            Long parentId = current.getParentId();
            current = parentId == null ? null : byId.get(parentId);
        }
        return path;
    }
}
