package cn.kaohe.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The bytes of stored reports, in pieces of {@value #CHUNK_BYTES} bytes ({@code stored_report_chunk}): written from
 * a stream in the transaction that stores the report, read back one piece at a time. A stored report never
 * changes, so a reader needs no transaction: each piece is its own short query, and no connection is held while a
 * slow client downloads.
 */
@Component
public class StoredReportContent {

    static final int CHUNK_BYTES = 1 << 20;

    private final JdbcTemplate jdbc;

    StoredReportContent(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores what {@code in} holds as the content of report {@code reportId} (in the caller's transaction). */
    long write(long reportId, InputStream in) throws IOException {
        byte[] buffer = new byte[CHUNK_BYTES];
        long total = 0;
        for (int seq = 0; ; seq++) {
            int n = in.readNBytes(buffer, 0, buffer.length);
            if (n == 0 && seq > 0) {
                return total;
            }
            jdbc.update(
                    "insert into stored_report_chunk (report_id, seq, data) values (?, ?, ?)",
                    reportId,
                    seq,
                    n == buffer.length ? buffer : Arrays.copyOf(buffer, n));
            total += n;
            if (n < buffer.length) {
                return total;
            }
        }
    }

    /** The content of report {@code reportId} as a stream that reads one piece at a time. */
    public InputStream open(long reportId) {
        return new Pieces(reportId);
    }

    private final class Pieces extends InputStream {

        private final long reportId;
        private int seq;
        private byte[] piece = new byte[0];
        private int at;
        private boolean end;
        private List<Integer> lengths;

        Pieces(long reportId) {
            this.reportId = reportId;
        }

        /** Loads the next piece; false at the end. */
        private boolean next() {
            if (end) {
                return false;
            }
            List<byte[]> rows = jdbc.query(
                    "select data from stored_report_chunk where report_id = ? and seq = ?",
                    (rs, i) -> rs.getBytes(1),
                    reportId,
                    seq);
            if (rows.isEmpty()) {
                end = true;
                piece = new byte[0];
                at = 0;
                return false;
            }
            piece = rows.get(0);
            at = 0;
            seq++;
            return true;
        }

        @Override
        public int read() {
            while (at >= piece.length) {
                if (!next()) {
                    return -1;
                }
            }
            return piece[at++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            while (at >= piece.length) {
                if (!next()) {
                    return -1;
                }
            }
            int n = Math.min(len, piece.length - at);
            System.arraycopy(piece, at, b, off, n);
            at += n;
            return n;
        }

        /** Skips whole pieces without reading them (a ranged download of a large file). */
        @Override
        public long skip(long n) {
            long skipped = 0;
            int inPiece = Math.min(piece.length - at, (int) Math.min(Integer.MAX_VALUE, n));
            at += inPiece;
            skipped += inPiece;
            if (lengths == null) {
                lengths = jdbc.queryForList(
                        "select octet_length(data) from stored_report_chunk where report_id = ? order by seq",
                        Integer.class,
                        reportId);
            }
            while (skipped < n && !end && seq < lengths.size() && lengths.get(seq) <= n - skipped) {
                skipped += lengths.get(seq);
                seq++;
            }
            if (skipped < n && !end && next()) {
                int rest = (int) Math.min(piece.length, n - skipped);
                at = rest;
                skipped += rest;
            }
            return skipped;
        }

        @Override
        public int available() {
            return piece.length - at;
        }
    }
}
