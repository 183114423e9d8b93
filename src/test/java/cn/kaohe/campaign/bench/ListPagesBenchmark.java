package cn.kaohe.campaign.bench;

import cn.kaohe.bench.KaoheUnderTest;
import cn.kaohe.campaign.CampaignPages;
import cn.kaohe.report.ReportService;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.shared.PageSpec;
import cn.kaohe.workflow.TaskInbox;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * First pages of a county-sized campaign's lists (issue 19: < 300 ms, paged and sortable): the office's open tasks of
 * the campaign, a leader's task list (every rating of the campaign is theirs), the committee board and the public
 * notice (one result query, sorted by rank, total or name), and the report list. Opens a campaign of N cadres first,
 * then times each first page (the first call and the best of five). Not a test: run it by hand (README, "Benchmarks").
 *
 * <p>Arguments: {@code [cadres]}, default 10,000.
 */
public final class ListPagesBenchmark {

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        try (KaoheUnderTest kaohe = new KaoheUnderTest()) {
            long scheme = kaohe.bean(SchemeCatalog.class)
                    .importPreset("daligang-2021", null)
                    .getId();
            CampaignOpeningBenchmark.openKaohe(kaohe, scheme, 1, size);
            long campaign = kaohe.jdbc().queryForObject("select max(id) from campaign", Long.class);
            TaskInbox inbox = kaohe.bean(TaskInbox.class);
            CampaignPages pages = kaohe.bean(CampaignPages.class);
            ReportService reports = kaohe.bean(ReportService.class);
            PageSpec due = PageSpec.of(0, 50, "due", TaskInbox.SORT_KEYS, "due");
            time("office: open tasks of the campaign, page 1 by due date", () -> inbox.openTasks(campaign, false, due)
                    .content());
            time("cadre: own task list, page 1", () -> inbox.tasksOf("bench1-17", Set.of(), due)
                    .content());
            for (String sort : List.of("rank", "total,desc", "name")) {
                PageSpec spec = PageSpec.of(0, 50, sort, CampaignPages.SORT_KEYS, "rank");
                time("committee board / notice: results page 1 sorted by " + sort, () -> pages.results(campaign, spec)
                        .content());
            }
            PageSpec last = PageSpec.of(size / 50 - 1, 50, "name", CampaignPages.SORT_KEYS, "rank");
            time("committee board: last page sorted by name", () -> pages.results(campaign, last)
                    .content());
            time("report list", () -> List.of(reports.list(campaign)));
        }
    }

    static void time(String what, Supplier<List<?>> page) {
        long first = 0;
        long best = Long.MAX_VALUE;
        int rows = 0;
        for (int i = 0; i < 6; i++) {
            long t0 = System.nanoTime();
            rows = page.get().size();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (i == 0) {
                first = ms;
            } else {
                best = Math.min(best, ms);
            }
        }
        System.out.printf("%s: %d rows, first call %d ms, best of 5 %d ms%n", what, rows, first, best);
    }
}
