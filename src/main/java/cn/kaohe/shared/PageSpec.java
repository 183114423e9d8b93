package cn.kaohe.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One page of a long list, as the client asks for it: {@code page} (from 0), {@code size} (1–500) and {@code sort}
 * ({@code key} or {@code key,asc|desc}, the key one of the list's sort keys). A bad parameter is a 400 naming it.
 */
public record PageSpec(int page, int size, String sort, boolean ascending) {

    public static final int MAX_SIZE = 500;

    /** Parses the request parameters; {@code fallbackSort} when none is given. */
    public static PageSpec of(Integer page, Integer size, String sort, Set<String> sortKeys, String fallbackSort) {
        List<Problem> problems = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0) {
            problems.add(Problem.ofField("page", "页码从 0 开始，不能为负数"));
        }
        if (s < 1 || s > MAX_SIZE) {
            problems.add(Problem.ofField("size", "每页条数须在 1 到 " + MAX_SIZE + " 之间"));
        }
        String key = fallbackSort;
        boolean ascending = true;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.trim().split(",");
            key = parts[0].trim();
            if (!sortKeys.contains(key)) {
                problems.add(Problem.ofField(
                        "sort",
                        "不能按「" + key + "」排序，可选："
                                + String.join("、", sortKeys.stream().sorted().toList())));
            }
            if (parts.length > 1) {
                String dir = parts[1].trim().toLowerCase();
                if (dir.equals("desc")) {
                    ascending = false;
                } else if (!dir.equals("asc")) {
                    problems.add(Problem.ofField("sort", "排序方向须为 asc 或 desc"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw KaoheException.invalid(problems);
        }
        return new PageSpec(p, s, key, ascending);
    }

    public int offset() {
        return page * size;
    }

    /** A page of rows and the number of rows in the whole list. */
    public record Page<T>(List<T> content, int page, int size, long total, String sort) {}

    public <T> Page<T> page(List<T> content, long total) {
        return new Page<>(content, page, size, total, sort + "," + (ascending ? "asc" : "desc"));
    }
}
