package cn.kaohe.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** An error a user caused (or can act on): carries a stable code, a Chinese message and details. */
public class KaoheException extends RuntimeException {

    private final transient ErrorCode errorCode;
    private final List<Problem> problems;
    private final transient Object[] args;
    /** Formatted when first asked for: many are caught and kept as problems only (a provisional score's). */
    private transient volatile String message;

    public KaoheException(ErrorCode errorCode, Object... args) {
        this(errorCode, List.of(), args);
    }

    public KaoheException(ErrorCode errorCode, List<Problem> problems, Object... args) {
        super((String) null);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        this.problems = List.copyOf(problems);
        this.args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public String getMessage() {
        String m = message;
        if (m == null) {
            m = format(errorCode, args);
            message = m;
        }
        return m;
    }

    public static KaoheException notFound(String what, Object id) {
        return new KaoheException(CommonError.NOT_FOUND, what, String.valueOf(id));
    }

    public static KaoheException invalid(List<Problem> problems) {
        String summary = problems.isEmpty()
                ? ""
                : problems.size() == 1 ? describe(problems.get(0)) : "共 " + problems.size() + " 处错误";
        return new KaoheException(CommonError.VALIDATION_FAILED, problems, summary);
    }

    private static String describe(Problem p) {
        StringBuilder sb = new StringBuilder();
        if (p.row() != null) {
            sb.append("第").append(p.row()).append("行 ");
        }
        if (p.field() != null) {
            sb.append(p.field()).append("：");
        }
        return sb.append(p.message()).toString();
    }

    static String format(ErrorCode code, Object... args) {
        return new MessageFormat(code.messageTemplate(), Locale.SIMPLIFIED_CHINESE).format(args);
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public List<Problem> problems() {
        return problems;
    }
}
