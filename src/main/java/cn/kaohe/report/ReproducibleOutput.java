package cn.kaohe.report;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
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
 *
 * <p>The PDF is changed in place in its file, read as a stream: one pass finds the places to change (and hashes
 * everything before the first of them — OpenPDF writes fonts, dates and {@code /ID} at the end), the digests
 * that need the rest are taken over the tail only, and the few changed bytes are written where they are. Memory
 * does not grow with the file.
 */
public final class ReproducibleOutput {

    /** The longest match is far below this: a chunk boundary never cuts one we accept. */
    private static final int OVERLAP = 512;

    private static final int BLOCK = 1 << 20;

    // one pattern of three kinds, so a single scan finds them in file order; [^)] bounded so a match stays short;
    // the common "/" first, so most positions fail at the first character
    private static final Pattern EDITABLE = Pattern.compile("/(?:(CreationDate|ModDate)\\(D:(\\d{14})[^)]{0,200}\\)"
            + "|(?:FontName|BaseFont)/([A-Z]{6})\\+"
            + "|ID \\[<([0-9a-fA-F]{32})><([0-9a-fA-F]{32})>])");
    private static final DateTimeFormatter PDF_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final byte[] MASKED_TAG = "AAAAAA".getBytes(StandardCharsets.ISO_8859_1);

    private ReproducibleOutput() {}

    /** For tests and small files: the reproducible bytes of {@code content}. */
    static byte[] of(ReportFormat format, byte[] content, Instant dataTime) {
        return format == ReportFormat.PDF ? pdf(content, dataTime) : xlsx(content, dataTime);
    }

    static byte[] pdf(byte[] pdf, Instant dataTime) {
        try {
            Path file = Files.createTempFile("kaohe-reproducible-", ".pdf");
            try {
                Files.write(file, pdf);
                pdf(file, dataTime);
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes {@code file} reproducible (a PDF in place; an XLSX re-zipped beside it and moved over it) and answers
     * the SHA-256 of the result.
     */
    public static String apply(ReportFormat format, Path file, Instant dataTime) throws IOException {
        if (format == ReportFormat.PDF) {
            return pdf(file, dataTime);
        }
        Path zipped = Files.createTempFile(file.toAbsolutePath().getParent(), "kaohe-reproducible-", ".xlsx");
        try {
            try (InputStream in = Files.newInputStream(file);
                    OutputStream out = new BufferedOutputStream(Files.newOutputStream(zipped))) {
                xlsx(in, out, dataTime);
            }
            Files.move(zipped, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(zipped);
        }
        return sha256(file);
    }

    /** A change of {@code length} bytes at {@code offset} to {@code bytes} (of any length). */
    private record Edit(long offset, int length, byte[] bytes) {}

    /** A place found by the scan: the offset of the match and its groups' offsets and texts. */
    private record Found(long offset, int length, int kind, long[] groupOffsets, String[] groups) {}

    static String pdf(Path file, Instant dataTime) throws IOException {
        byte[] time = PDF_TIME.format(LocalDateTime.ofInstant(dataTime, ZoneOffset.UTC))
                .getBytes(StandardCharsets.ISO_8859_1);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            MessageDigest prefix = digest();
            List<Found> found = scan(channel, prefix);
            long tail = found.isEmpty() ? channel.size() : found.get(0).offset();
            List<Edit> dates = new ArrayList<>();
            List<Edit> masked = new ArrayList<>();
            for (Found f : found) {
                switch (f.kind()) {
                    case 0 -> {
                        Edit date = new Edit(f.groupOffsets()[0], 14, time);
                        dates.add(date);
                        masked.add(date);
                    }
                    case 1 -> masked.add(new Edit(f.groupOffsets()[0], 6, MASKED_TAG));
                    default -> masked.add(new Edit(f.offset(), f.length(), latin1("/ID [<>]")));
                }
            }
            // the tags must not influence the digest they are derived from
            String seed = hex(digestFrom(prefix, channel, tail, masked));
            Map<String, String> tags = new LinkedHashMap<>();
            List<Edit> withTags = new ArrayList<>(dates);
            for (Found f : found) {
                if (f.kind() == 1) {
                    String tag = tags.computeIfAbsent(f.groups()[0], t -> subsetTag(seed, tags.size()));
                    withTags.add(new Edit(f.groupOffsets()[0], 6, latin1(tag)));
                }
            }
            List<Edit> idMasked = new ArrayList<>(withTags);
            for (Found f : found) {
                if (f.kind() == 2) {
                    idMasked.add(new Edit(f.offset(), f.length(), latin1("/ID [<><>]")));
                }
            }
            String id = hex(digestFrom(prefix, channel, tail, sorted(idMasked))).substring(0, 32);
            List<Edit> all = new ArrayList<>(withTags);
            for (Found f : found) {
                if (f.kind() == 2) {
                    all.add(new Edit(f.groupOffsets()[0], 32, latin1(id)));
                    all.add(new Edit(f.groupOffsets()[1], 32, latin1(id)));
                }
            }
            all = sorted(all);
            String checksum = hex(digestFrom(prefix, channel, tail, all));
            for (Edit e : all) {
                ByteBuffer bytes = ByteBuffer.wrap(e.bytes());
                long at = e.offset();
                while (bytes.hasRemaining()) {
                    at += channel.write(bytes, at);
                }
            }
            return checksum;
        }
    }

    /** Scans the whole file for the places to change; hashes into {@code prefix} the bytes before the first. */
    private static List<Found> scan(FileChannel channel, MessageDigest prefix) throws IOException {
        List<Found> found = new ArrayList<>();
        long size = channel.size();
        long base = 0; // file offset of chunk[0]; while no place is found, the prefix is hashed up to base
        byte[] carry = new byte[0];
        ByteBuffer block = ByteBuffer.allocate(BLOCK);
        long position = 0;
        while (true) {
            block.clear();
            int read = Math.max(0, channel.read(block, position));
            position += read;
            boolean eof = read == 0 || position >= size;
            byte[] chunk = new byte[carry.length + read];
            System.arraycopy(carry, 0, chunk, 0, carry.length);
            System.arraycopy(block.array(), 0, chunk, carry.length, read);
            int limit = eof ? chunk.length : Math.max(0, chunk.length - OVERLAP);
            int next = limit;
            boolean before = found.isEmpty();
            Matcher m = EDITABLE.matcher(new String(chunk, StandardCharsets.ISO_8859_1));
            int from = 0;
            while (from <= chunk.length && m.find(from) && m.start() < limit) {
                found.add(found(base, m));
                next = Math.max(next, m.end());
                from = m.end();
            }
            if (before) {
                prefix.update(
                        chunk, 0, found.isEmpty() ? next : (int) (found.get(0).offset() - base));
            }
            if (eof) {
                return found;
            }
            carry = Arrays.copyOfRange(chunk, next, chunk.length);
            base += next;
        }
    }

    private static Found found(long base, Matcher m) {
        if (m.group(2) != null) {
            return new Found(
                    base + m.start(), m.end() - m.start(), 0, new long[] {base + m.start(2)}, new String[] {m.group(2)
                    });
        }
        if (m.group(3) != null) {
            return new Found(
                    base + m.start(), m.end() - m.start(), 1, new long[] {base + m.start(3)}, new String[] {m.group(3)
                    });
        }
        return new Found(
                base + m.start(),
                m.end() - m.start(),
                2,
                new long[] {base + m.start(4), base + m.start(5)},
                new String[] {m.group(4), m.group(5)});
    }

    /** A copy of {@code prefix} continued with the file from {@code from} on, {@code edits} applied (sorted). */
    private static byte[] digestFrom(MessageDigest prefix, FileChannel channel, long from, List<Edit> edits)
            throws IOException {
        MessageDigest digest;
        try {
            digest = (MessageDigest) prefix.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        long at = from;
        for (Edit e : edits) {
            copy(channel, at, e.offset(), digest);
            digest.update(e.bytes());
            at = e.offset() + e.length();
        }
        copy(channel, at, channel.size(), digest);
        return digest.digest();
    }

    private static void copy(FileChannel channel, long from, long to, MessageDigest digest) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(BLOCK, Math.max(0, to - from)));
        long at = from;
        while (at < to) {
            buffer.clear();
            buffer.limit((int) Math.min(buffer.capacity(), to - at));
            int n = channel.read(buffer, at);
            if (n <= 0) {
                throw new IOException("unexpected end of file at " + at);
            }
            digest.update(buffer.array(), 0, n);
            at += n;
        }
    }

    private static List<Edit> sorted(List<Edit> edits) {
        List<Edit> copy = new ArrayList<>(edits);
        copy.sort(Comparator.comparingLong(Edit::offset));
        return copy;
    }

    static byte[] xlsx(byte[] xlsx, Instant dataTime) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
        try {
            xlsx(new ByteArrayInputStream(xlsx), out, dataTime);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void xlsx(InputStream xlsx, OutputStream out, Instant dataTime) throws IOException {
        try (ZipInputStream in = new ZipInputStream(xlsx);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(dataTime.toEpochMilli());
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
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

    static String sha256(String text) {
        return sha256(latin1(text));
    }

    static String sha256(byte[] bytes) {
        return hex(digest().digest(bytes));
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return hex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
