package cn.kaohe.campaign;

import java.math.BigDecimal;
import java.util.Map;

/** A cadre's self-evaluation (自评/述职): summary, self-score per category where asked, attachment references. */
public record SelfEvaluationForm(String summary, Map<String, BigDecimal> scores, String attachments) {}
