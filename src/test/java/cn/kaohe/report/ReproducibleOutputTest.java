package cn.kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.report.model.RankingReport;
import cn.kaohe.report.model.RankingRow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReproducibleOutputTest {

    private static final Instant DATA_TIME = Instant.parse("2021-12-28T01:30:00Z");

    @Test
    void twoRendersOfTheSameDataBecomeTheSamePdfBytes() {
        RenderedReport first = SharedRenderer.INSTANCE.render(ReportFixtures.ranking(), ReportFormat.PDF);
        RenderedReport second = SharedRenderer.INSTANCE.render(ReportFixtures.ranking(), ReportFormat.PDF);

        byte[] a = ReproducibleOutput.pdf(first.content(), DATA_TIME);
        byte[] b = ReproducibleOutput.pdf(second.content(), DATA_TIME);

        assertThat(a).isEqualTo(b).hasSameSizeAs(first.content());
        String text = new String(a, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("/CreationDate(D:20211228013000");
        RenderedReport normalised = new RenderedReport(first.type(), first.format(), first.fileName(), a, 0);
        assertThat(RenderedDocuments.pdfText(normalised)).contains("考核结果排名表");
        RenderedDocuments.assertChineseFontEmbedded(normalised);
        RenderedDocuments.assertTitleGlyphsDrawn(normalised);
    }

    @Test
    void theFontSubsetTagsDependOnTheContent() {
        RenderedReport ranking = SharedRenderer.INSTANCE.render(ReportFixtures.ranking(), ReportFormat.PDF);
        List<RankingRow> rows = new ArrayList<>(ReportFixtures.rankingRows());
        RankingRow r = rows.get(0);
        rows.set(
                0,
                new RankingRow(
                        r.rank(),
                        r.cadreName(),
                        r.unitName(),
                        r.postName(),
                        r.categoryScores(),
                        r.total().add(BigDecimal.ONE),
                        r.grade(),
                        r.excellenceEligible(),
                        r.underAppeal(),
                        r.remark()));
        RankingReport changed =
                new RankingReport(ReportFixtures.daligang2021(), ReportFixtures.daligangCategories(), false, rows);
        RenderedReport other = SharedRenderer.INSTANCE.render(changed, ReportFormat.PDF);

        assertThat(ReproducibleOutput.pdf(other.content(), DATA_TIME))
                .isNotEqualTo(ReproducibleOutput.pdf(ranking.content(), DATA_TIME));
    }

    @Test
    void twoXlsxExportsOfTheSameDataBecomeTheSameBytes() {
        byte[] a = ReproducibleOutput.xlsx(
                SharedRenderer.INSTANCE
                        .render(ReportFixtures.ranking(), ReportFormat.XLSX)
                        .content(),
                DATA_TIME);
        byte[] b = ReproducibleOutput.xlsx(
                SharedRenderer.INSTANCE
                        .render(ReportFixtures.ranking(), ReportFormat.XLSX)
                        .content(),
                DATA_TIME);

        assertThat(a).isEqualTo(b);
        RenderedReport xlsx = new RenderedReport(ReportType.RANKING, ReportFormat.XLSX, "r.xlsx", a, 1);
        assertThat(RenderedDocuments.xlsxRows(xlsx).toString()).contains("张喆", "1014.5");
    }

    @Test
    void aLargeFileIsChangedInPlaceAsTheWholeTextWouldBeEvenWhereAPlaceCrossesABlockBoundary() throws Exception {
        // a PDF-like file of 3.5 MiB: fonts, dates and /ID spread over it, some across the 1 MiB blocks the scan reads
        java.util.Random random = new java.util.Random(19);
        StringBuilder text = new StringBuilder();
        String[] places = {
            "/BaseFont/QWERTY+NotoSansCJKsc",
            "/FontName/QWERTY+NotoSansCJKsc",
            "/FontName/ZXCVBN+NotoSansCJKsc-Bold",
            "/CreationDate(D:20261130052233+08'00')",
            "/ModDate(D:20261130052233+08'00')",
            "/ID [<0123456789abcdef0123456789ABCDEF><fedcba9876543210fedcba9876543210>]"
        };
        int[] at = {
            (1 << 20) - 10, (1 << 20) - 600, 2 * (1 << 20) - 3, 3 * (1 << 20) + 77, 1000, 3 * (1 << 20) + 500_000
        };
        List<int[]> order = new ArrayList<>();
        for (int i = 0; i < places.length; i++) {
            order.add(new int[] {at[i], i});
        }
        order.sort(java.util.Comparator.comparingInt(o -> o[0]));
        for (int[] o : order) {
            while (text.length() < o[0]) {
                text.append((char) (random.nextBoolean() ? ' ' + random.nextInt(90) : random.nextInt(256)));
            }
            text.append(places[o[1]]);
        }
        text.append("%%EOF");
        byte[] original = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("reproducible-test-", ".pdf");
        try {
            java.nio.file.Files.write(file, original);

            String checksum = ReproducibleOutput.apply(ReportFormat.PDF, file, DATA_TIME);

            byte[] changed = java.nio.file.Files.readAllBytes(file);
            assertThat(changed).isEqualTo(wholeText(original, DATA_TIME)).hasSameSizeAs(original);
            assertThat(checksum).isEqualTo(ReproducibleOutput.sha256(changed));
            String result = new String(changed, StandardCharsets.ISO_8859_1);
            assertThat(result)
                    .contains("/CreationDate(D:20211228013000+08'00')", "/ModDate(D:20211228013000+08'00')")
                    .doesNotContain("QWERTY", "ZXCVBN", "0123456789abcdef");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    /** The rules applied to the whole file as one text (how the bytes were made reproducible before streaming). */
    private static byte[] wholeText(byte[] pdf, Instant dataTime) {
        java.util.regex.Pattern date =
                java.util.regex.Pattern.compile("/(CreationDate|ModDate)\\(D:(\\d{14})([^)]*)\\)");
        java.util.regex.Pattern tag = java.util.regex.Pattern.compile("/(FontName|BaseFont)/([A-Z]{6})\\+");
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("/ID \\[<([0-9a-fA-F]{32})><([0-9a-fA-F]{32})>]");
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        String time = java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
                .format(java.time.LocalDateTime.ofInstant(dataTime, java.time.ZoneOffset.UTC));
        text = date.matcher(text)
                .replaceAll(m -> "/" + m.group(1) + "(D:" + time + m.group(3).replace("$", "\\$") + ")");
        String masked = tag.matcher(text).replaceAll(m -> "/" + m.group(1) + "/AAAAAA+");
        masked = id.matcher(masked).replaceAll("/ID [<>]");
        String seed = ReproducibleOutput.sha256(masked);
        java.util.Map<String, String> tags = new java.util.LinkedHashMap<>();
        text = tag.matcher(text)
                .replaceAll(m -> "/" + m.group(1) + "/"
                        + tags.computeIfAbsent(m.group(2), t -> subsetTag(seed, tags.size())) + "+");
        String hash = ReproducibleOutput.sha256(id.matcher(text).replaceAll("/ID [<><>]"))
                .substring(0, 32);
        text = id.matcher(text).replaceAll("/ID [<" + hash + "><" + hash + ">]");
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String subsetTag(String seed, int index) {
        String hash = ReproducibleOutput.sha256(seed + ":" + index);
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Integer.parseInt(hash.substring(2 * i, 2 * i + 2), 16) % 26));
        }
        return tag.toString();
    }
}
