package cn.kaohe.org;

import java.util.List;

/**
 * What a roster import did (or, in a dry run, would do).
 *
 * @param dryRun true when only validated; nothing was stored
 * @param rows data rows read (example rows excluded)
 * @param created new cadres
 * @param updated existing cadres changed (by 工号)
 * @param unchanged existing cadres the file left as they were
 * @param skippedExamples template example rows skipped (工号 starting with 示例)
 * @param createdCodes the work numbers created
 * @param updatedCodes the work numbers updated
 */
public record ImportSummary(
        boolean dryRun,
        int rows,
        int created,
        int updated,
        int unchanged,
        int skippedExamples,
        List<String> createdCodes,
        List<String> updatedCodes) {}
