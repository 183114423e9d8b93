package cn.kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads rendered PDFs (PDFBox) and XLSX files (POI) back for assertions; keeps a copy under target/. */
final class RenderedDocuments {

    static final Path SAMPLES = Path.of("target", "report-samples");

    private RenderedDocuments() {}

    static void keep(RenderedReport report) {
        try {
            Files.createDirectories(SAMPLES);
            Files.write(
                    SAMPLES.resolve(
                            report.type().template() + "." + report.format().extension()),
                    report.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF's text with all whitespace removed (Chinese text extraction spaces glyphs unevenly). */
    static String pdfText(RenderedReport report) {
        return pdfRawText(report).replaceAll("\\s+", "");
    }

    static String pdfRawText(RenderedReport report) {
        try (PDDocument pdf = Loader.loadPDF(report.content())) {
            return new PDFTextStripper().getText(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pdfPages(RenderedReport report) {
        try (PDDocument pdf = Loader.loadPDF(report.content())) {
            return pdf.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of the fonts with an embedded font file (FontFile, FontFile2 or FontFile3) on any page. */
    static List<String> embeddedFonts(RenderedReport report) {
        List<String> names = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(report.content())) {
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    PDFontDescriptor descriptor = font instanceof PDType0Font type0
                            ? type0.getDescendantFont().getFontDescriptor()
                            : font.getFontDescriptor();
                    boolean embedded = descriptor != null
                            && (descriptor.getFontFile() != null
                                    || descriptor.getFontFile2() != null
                                    || descriptor.getFontFile3() != null);
                    if (embedded && !names.contains(font.getName())) {
                        names.add(font.getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    static void assertChineseFontEmbedded(RenderedReport report) {
        assertThat(embeddedFonts(report))
                .as("embedded fonts of %s", report.fileName())
                .isNotEmpty()
                .allSatisfy(name -> assertThat(name).contains("NotoSansCJKsc"));
    }

    /**
     * Renders the top of page 1 (the Chinese title) and counts dark pixels: a font whose glyphs do not
     * reach the viewer (e.g. CIDs that miss the embedded CFF's charset) extracts fine as text but draws
     * nothing.
     */
    static void assertTitleGlyphsDrawn(RenderedReport report) {
        try (PDDocument pdf = Loader.loadPDF(report.content())) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 72);
            int dark = 0;
            for (int y = 15; y < 60; y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    int rgb = page.getRGB(x, y);
                    int grey = (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
                    if (grey < 128) {
                        dark++;
                    }
                }
            }
            assertThat(dark)
                    .as("dark pixels of the title of %s", report.fileName())
                    .isGreaterThan(200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All non-blank cells of the first sheet as text, row by row. */
    static List<List<String>> xlsxRows(RenderedReport report) {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report.content()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    String text = formatter.formatCellValue(cell).trim();
                    if (!text.isEmpty()) {
                        cells.add(text);
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The first row of the first sheet whose first non-blank cell equals {@code first}. */
    static Row xlsxRowStartingWith(XSSFWorkbook workbook, String first) {
        DataFormatter formatter = new DataFormatter();
        for (Row row : workbook.getSheetAt(0)) {
            for (Cell cell : row) {
                String text = formatter.formatCellValue(cell).trim();
                if (!text.isEmpty()) {
                    if (text.equals(first)) {
                        return row;
                    }
                    break;
                }
            }
        }
        throw new AssertionError("no row starting with " + first);
    }

    static XSSFWorkbook workbook(RenderedReport report) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(report.content()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
