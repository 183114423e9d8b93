package cn.kaohe.org;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Where and when a cadre is seconded (借调).
 *
 * @param hostOrganisation the organisation the cadre works for during the secondment
 * @param fromMonth first month, inclusive
 * @param toMonth last month, inclusive; null while open-ended
 */
public record SecondmentTerm(String hostOrganisation, YearMonth fromMonth, YearMonth toMonth) {

    public SecondmentTerm {
        Objects.requireNonNull(hostOrganisation, "hostOrganisation");
        Objects.requireNonNull(fromMonth, "fromMonth");
        if (toMonth != null && toMonth.isBefore(fromMonth)) {
            throw new IllegalArgumentException("toMonth before fromMonth");
        }
    }

    /** Whether the cadre is on this secondment during the given month. */
    public boolean covers(YearMonth month) {
        return !month.isBefore(fromMonth) && (toMonth == null || !month.isAfter(toMonth));
    }

    /** How many months of the given year the secondment covers (0–12); used later to prorate pay. */
    public int monthsIn(int year) {
        int n = 0;
        for (int m = 1; m <= 12; m++) {
            if (covers(YearMonth.of(year, m))) {
                n++;
            }
        }
        return n;
    }
}
