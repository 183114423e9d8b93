package cn.kaohe.campaign;

import cn.kaohe.shared.Cycle;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** The office's request to open a campaign (开启考核批次). */
public record OpenCampaign(
        String name,
        @NotNull(message = "请选择单位") Long unitId,
        @NotNull(message = "请选择考核周期") Cycle cycle,
        @NotNull(message = "请填写考核期间") String period,
        @NotNull(message = "请选择考核方案版本") Long schemeVersionId,
        @NotNull(message = "请填写自评截止时间") OffsetDateTime selfEvaluationDue,
        @NotNull(message = "请填写评分截止时间") OffsetDateTime ratingDue,
        @NotNull(message = "请填写审议截止时间") OffsetDateTime reviewDue) {}
