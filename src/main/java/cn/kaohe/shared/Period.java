package cn.kaohe.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a campaign assesses: a year ({@code 2026}), a quarter ({@code 2026-Q4}) or a month
 * ({@code 2026-11}).
 */
public record Period(Cycle cycle, String label, LocalDate start, LocalDate end) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    /**
     * Parses a period label of the given cycle.
     *
     * @throws IllegalArgumentException with a Chinese message when the label does not fit the cycle
     */
    public static Period parse(Cycle cycle, String label) {
        String text = label == null ? "" : label.trim();
        switch (cycle) {
            case ANNUAL -> {
                Matcher m = YEAR.matcher(text);
                if (m.matches()) {
                    int y = Integer.parseInt(m.group(1));
                    return new Period(cycle, text, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
                }
            }
            case QUARTERLY -> {
                Matcher m = QUARTER.matcher(text);
                if (m.matches()) {
                    int y = Integer.parseInt(m.group(1));
                    int q = Integer.parseInt(m.group(2));
                    YearMonth first = YearMonth.of(y, (q - 1) * 3 + 1);
                    return new Period(
                            cycle, text, first.atDay(1), first.plusMonths(2).atEndOfMonth());
                }
            }
            case MONTHLY -> {
                Matcher m = MONTH.matcher(text);
                if (m.matches()) {
                    YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                    return new Period(cycle, text, ym.atDay(1), ym.atEndOfMonth());
                }
            }
        }
        throw new IllegalArgumentException(
                switch (cycle) {
                    case ANNUAL -> "年度考核的周期应写作 2026 这样的年份";
                    case QUARTERLY -> "季度考核的周期应写作 2026-Q4 这样的形式";
                    case MONTHLY -> "月度考核的周期应写作 2026-11 这样的形式";
                });
    }

    /** Chinese label such as 2026年度, 2026年第4季度, 2026年11月. */
    public String chineseLabel() {
        return switch (cycle) {
            case ANNUAL -> start.getYear() + "年度";
            case QUARTERLY -> start.getYear() + "年第" + ((start.getMonthValue() - 1) / 3 + 1) + "季度";
            case MONTHLY -> start.getYear() + "年" + start.getMonthValue() + "月";
        };
    }
}
