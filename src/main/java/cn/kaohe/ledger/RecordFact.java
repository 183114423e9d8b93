package cn.kaohe.ledger;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fact the office records in the ledger (台账登记).
 *
 * @param factType the scheme's fact type, e.g. LATENESS (迟到)
 * @param level PROVINCE / CITY / COUNTY / TOWN or the scheme's levels, where the type has levels
 * @param quantity occurrences or days (default 1)
 * @param points the committee's figure where the scheme leaves it to the committee (扣10–50分)
 * @param workItemKey the work item: the same item counts once, at its highest level
 * @param consecutive a repeated, consecutive censure (连续通报, doubled)
 */
public record RecordFact(
        @NotBlank(message = "请选择台账事项类型") String factType,
        String level,
        @NotNull(message = "请填写发生日期") LocalDate occurredOn,
        Long cadreId,
        Long unitId,
        BigDecimal quantity,
        BigDecimal points,
        BigDecimal amount,
        Boolean consecutive,
        String workItemKey,
        String reason,
        String evidence,
        String attachmentRef) {}
