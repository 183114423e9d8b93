package cn.kaohe.bench;

import cn.kaohe.calendar.HolidayArrangementParser;
import cn.kaohe.shared.NoticeWindow;
import cn.kaohe.shared.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Prints throughput figures of the working-day calendar; not part of the test suite. Run after {@code
 * ./mvnw test-compile}: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * cn.kaohe.bench.CalendarBench} with cp.txt from {@code ./mvnw dependency:build-classpath
 * -Dmdep.outputFile=cp.txt}.
 */
public final class CalendarBench {

    private CalendarBench() {}

    public static void main(String[] args) {
        int parses = 2_000;
        long t0 = System.nanoTime();
        for (int i = 0; i < parses; i++) {
            HolidayArrangementParser.builtIn();
        }
        long t1 = System.nanoTime();
        System.out.printf("parse built-in YAML (2 years): %.1f µs each%n", (t1 - t0) / 1e3 / parses);

        WorkingDayCalendar calendar = HolidayArrangementParser.builtInCalendar();
        LocalDate first = LocalDate.of(2025, 1, 1);
        long lookups = 0;
        long working = 0;
        t0 = System.nanoTime();
        for (int round = 0; round < 2_000; round++) {
            for (int d = 0; d < 730; d++) {
                if (calendar.isWorkingDay(first.plusDays(d))) {
                    working++;
                }
                lookups++;
            }
        }
        t1 = System.nanoTime();
        System.out.printf(
                "isWorkingDay: %.1f million lookups/s (%d working of %d)%n",
                lookups / ((t1 - t0) / 1e9) / 1e6, working / 2_000, lookups / 2_000);

        int windows = 200_000;
        Instant base = Instant.parse("2025-01-01T02:00:00Z");
        long sink = 0;
        t0 = System.nanoTime();
        for (int i = 0; i < windows; i++) {
            NoticeWindow w = calendar.noticeWindow(base.plusSeconds((i % 700) * 86_400L + (i % 24) * 3_600L), 3);
            sink += w.workingDays().size();
        }
        t1 = System.nanoTime();
        System.out.printf(
                "noticeWindow(3 working days): %.0f thousand/s (%d days)%n", windows / ((t1 - t0) / 1e9) / 1e3, sink);
    }
}
