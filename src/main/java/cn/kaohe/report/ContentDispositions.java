package cn.kaohe.report;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition} headers for downloads with Chinese file names. Browsers read the RFC 5987
 * / RFC 6266 {@code filename*=UTF-8''…} parameter; the plain {@code filename="…"} is an ASCII fallback
 * for old clients (Chinese characters become underscores there, the extension is kept).
 */
public final class ContentDispositions {

    private ContentDispositions() {}

    /** {@code attachment; filename="___-2021.pdf"; filename*=UTF-8''%E8%80%83…-2021.pdf}. */
    public static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** Same for {@code inline} (shown in the browser's PDF viewer). */
    public static String inline(String fileName) {
        return "inline; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** RFC 5987 attr-char are kept, every other UTF-8 byte is percent-encoded (space → %20, never +). */
    static String encode(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isAttrChar(c)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                sb.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }

    private static boolean isAttrChar(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }

    /** Printable ASCII without quote, backslash, path separators or control characters. */
    static String asciiFallback(String fileName) {
        StringBuilder sb = new StringBuilder();
        fileName.codePoints().forEach(cp -> {
            boolean safe = cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\' && cp != '/' && cp != ';' && cp != '%';
            sb.append(safe ? (char) cp : '_');
        });
        return sb.toString();
    }
}
