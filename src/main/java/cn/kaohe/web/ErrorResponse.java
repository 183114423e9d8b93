package cn.kaohe.web;

import cn.kaohe.shared.Problem;
import java.util.List;

/** The JSON body of every error answer: {@code {code, message, problems}}. */
public record ErrorResponse(String code, String message, List<Problem> problems) {}
