package cn.kaohe.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes exported files depend on their data only. OpenPDF writes the clock into {@code /CreationDate},
 * a random six-letter tag before every font subset name and a time-based {@code /ID}; JRXlsxExporter
 * stamps every zip entry with the clock. Here the PDF's dates become the data time, the subset tags are
 * derived from the file's other bytes and the {@code /ID} from the result's hash — each replacement has
 * the same length, so the cross-reference offsets stay valid — and the XLSX is re-zipped with the data
 * time on every entry. Same data, same bytes.
 */
final class ReproducibleOutput {

    private static final Pattern PDF_DATE = Pattern.compile("/(CreationDate|ModDate)\\(D:(\\d{14})([^)]*)\\)");
    private static final Pattern SUBSET_TAG = Pattern.compile("/(FontName|BaseFont)/([A-Z]{6})\\+");
    private static final Pattern PDF_ID = Pattern.compile("/ID \\[<([0-9a-fA-F]{32})><([0-9a-fA-F]{32})>]");
    private static final DateTimeFormatter PDF_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private ReproducibleOutput() {}

    static byte[] of(ReportFormat format, byte[] content, Instant dataTime) {
        return format == ReportFormat.PDF ? pdf(content, dataTime) : xlsx(content, dataTime);
    }

    static byte[] pdf(byte[] pdf, Instant dataTime) {
        // ISO-8859-1 maps every byte to one char and back: binary streams survive untouched
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        String time = PDF_TIME.format(LocalDateTime.ofInstant(dataTime, ZoneOffset.UTC));
        text = replace(text, PDF_DATE, m -> "/" + m.group(1) + "(D:" + time + m.group(3) + ")");
        // the tags must not influence the digest they are derived from
        String masked = replace(text, SUBSET_TAG, m -> "/" + m.group(1) + "/AAAAAA+");
        masked = replace(masked, PDF_ID, m -> "/ID [<>]");
        String seed = sha256(masked);
        Map<String, String> tags = new LinkedHashMap<>();
        text = replace(text, SUBSET_TAG, m -> {
            String tag = tags.computeIfAbsent(m.group(2), t -> subsetTag(seed, tags.size()));
            return "/" + m.group(1) + "/" + tag + "+";
        });
        String id = sha256(text.replaceAll(PDF_ID.pattern(), "/ID [<><>]")).substring(0, 32);
        text = replace(text, PDF_ID, m -> "/ID [<" + id + "><" + id + ">]");
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] xlsx(byte[] xlsx, Instant dataTime) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(dataTime.toEpochMilli());
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Six capital letters, distinct for each font of the file. */
    private static String subsetTag(String seed, int index) {
        String hash = sha256(seed + ":" + index);
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Integer.parseInt(hash.substring(2 * i, 2 * i + 2), 16) % 26));
        }
        return tag.toString();
    }

    private static String replace(String text, Pattern pattern, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
