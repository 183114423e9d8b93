package cn.kaohe.report.model;

import java.math.BigDecimal;

/** One line of the public notice. */
public record NoticeRow(int seq, String cadreName, String unitName, String postName, BigDecimal total, String grade) {}
