package cn.kaohe.shared;

/**
 * One detail of an error: which field (or row and column of an uploaded sheet) and what is wrong
 * with it, in Chinese.
 *
 * @param field the field or column name, may be null
 * @param row 1-based row of an uploaded file, or null
 * @param message zh-CN explanation
 */
public record Problem(String field, Integer row, String message) {

    public static Problem ofField(String field, String message) {
        return new Problem(field, null, message);
    }

    public static Problem ofRow(int row, String column, String message) {
        return new Problem(column, row, message);
    }
}
