package cn.kaohe.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The one grouping loop of the engine: items by a key, in input order within a key. */
final class Grouping {

    private Grouping() {}

    static <K, T> Map<K, List<T>> by(Iterable<T> items, Function<T, K> key) {
        Map<K, List<T>> groups = new HashMap<>();
        if (items != null) {
            for (T item : items) {
                groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
            }
        }
        return groups;
    }

    /** Adds {@code item} to the list under {@code key}. */
    static <K, T> void add(Map<K, List<T>> groups, K key, T item) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
    }
}
