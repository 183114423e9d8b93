package cn.kaohe.org;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum with a Chinese label (what users read and write in the roster) and optional aliases. */
public interface Labelled {

    /** The Chinese label, e.g. {@code 在编}. */
    String label();

    /** Other spellings accepted on input, e.g. {@code 书记} for {@code 党委书记}. */
    default String[] aliases() {
        return new String[0];
    }

    /** The constant whose label or alias equals the text (ignoring surrounding blanks). */
    static <E extends Enum<E> & Labelled> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (E e : type.getEnumConstants()) {
            if (e.label().equals(t) || Arrays.asList(e.aliases()).contains(t)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The labels of all constants joined with 、 (for messages such as 应为：在编、聘用、借调、非在编). */
    static <E extends Enum<E> & Labelled> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labelled::label).collect(Collectors.joining("、"));
    }
}
