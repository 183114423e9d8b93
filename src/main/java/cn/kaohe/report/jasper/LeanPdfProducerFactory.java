package cn.kaohe.report.jasper;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.io.OutputStream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.pdf.classic.ClassicChunk;
import net.sf.jasperreports.pdf.classic.ClassicPdfContent;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicPdfUtils;
import net.sf.jasperreports.pdf.classic.ClassicPhrase;
import net.sf.jasperreports.pdf.common.PdfChunk;
import net.sf.jasperreports.pdf.common.PdfContent;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfPhrase;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducerContext;
import net.sf.jasperreports.pdf.common.PdfProducerFactory;
import net.sf.jasperreports.pdf.common.PdfTextAlignment;
import net.sf.jasperreports.pdf.common.TextDirection;

/**
 * Jasper's OpenPDF producer with two shortcuts that leave every page as it was, and a faster deflate (docs/adr/0013, "Reports that
 * stream"). Registered in {@code jasperreports.properties} as {@code net.sf.jasperreports.export.pdf.producer.factory}.
 *
 * <ul>
 *   <li><b>No bidirectional pass over left-to-right text.</b> Jasper hands every text cell to OpenPDF's
 *       {@code ColumnText} with run direction "LTR", which makes OpenPDF run {@code java.text.Bidi} over the cell's
 *       text to reorder right-to-left runs; Kaohe's reports hold Chinese, digits and Latin letters only (the
 *       embedded Noto Sans CJK SC subset has no right-to-left glyphs at all), so that pass never reorders anything.
 *       Text laid out "no bidi" is placed, broken and encoded exactly as before; right-to-left text still goes the
 *       old way.
 *   <li><b>No identity transformations.</b> The exporter "rotates" by 0 degrees before and after every text cell,
 *       which OpenPDF writes as {@code 1 0 0 1 0 0 cm} twice per cell: nothing for a reader, bytes to format and
 *       compress for us.
 *   <li><b>Deflate level</b> from {@link #COMPRESSION_LEVEL}: the same pages, larger but cheaper to write.
 * </ul>
 */
public final class LeanPdfProducerFactory implements PdfProducerFactory {

    /**
     * Deflate level (0–9) of the page contents and embedded fonts, set in {@code jasperreports.properties}; OpenPDF's
     * default (6) when absent. Kaohe uses 1: at 100,000 ranking rows deflate was about an eighth of the exporting
     * thread's time, level 1 does it in about a quarter of that, for a file 15 % larger (docs/adr/0013).
     */
    public static final String COMPRESSION_LEVEL = "cn.kaohe.report.pdf.compression.level";

    @Override
    public PdfProducer createProducer(PdfProducerContext context) {
        return new Producer(context);
    }

    private static final class Producer extends ClassicPdfProducer {

        private final PdfProducerContext context;

        private IdentitySkippingContent content;

        Producer(PdfProducerContext context) {
            super(context);
            this.context = context;
        }

        /** OpenPDF's writer, deflating at {@link #COMPRESSION_LEVEL}. */
        @Override
        public PdfDocumentWriter createWriter(OutputStream out) throws JRException {
            PdfDocumentWriter writer = super.createWriter(out);
            getPdfWriter().setCompressionLevel(context.getProperties().getIntegerProperty(COMPRESSION_LEVEL, -1));
            return writer;
        }

        @Override
        public PdfContent createPdfContent() {
            super.createPdfContent();
            content = new IdentitySkippingContent(getPdfWriter(), context.getCMYKColorSpace());
            return content;
        }

        @Override
        public PdfContent getPdfContent() {
            return content;
        }

        @Override
        public void newPage() {
            super.newPage();
            content.refreshContent();
        }

        @Override
        public PdfPhrase createPhrase() {
            return new LeftToRightPhrase(this, new Phrase());
        }

        @Override
        public PdfPhrase createPhrase(PdfChunk chunk) {
            return new LeftToRightPhrase(this, new Phrase(((ClassicChunk) chunk).getChunk()));
        }
    }

    /**
     * Jasper's content, except that an identity transformation writes nothing: the exporter rotates by 0 degrees
     * before and after every text cell, which OpenPDF writes as {@code 1 0 0 1 0 0 cm} twice per cell — a no-op
     * for a PDF reader, and bytes to format and compress.
     */
    private static final class IdentitySkippingContent extends ClassicPdfContent {

        IdentitySkippingContent(PdfWriter writer, ColorSpace cmykColorSpace) {
            super(writer, cmykColorSpace);
        }

        @Override
        public void transform(AffineTransform transform) {
            if (!transform.isIdentity()) {
                super.transform(transform);
            }
        }
    }

    /** {@link ClassicPhrase#go} with {@code RUN_DIRECTION_NO_BIDI} instead of {@code RUN_DIRECTION_LTR}. */
    private static final class LeftToRightPhrase extends ClassicPhrase {

        private final ClassicPdfProducer producer;
        private final Phrase phrase;

        LeftToRightPhrase(ClassicPdfProducer producer, Phrase phrase) {
            super(producer, phrase);
            this.producer = producer;
            this.phrase = phrase;
        }

        @Override
        public float go(
                float llx,
                float lly,
                float urx,
                float ury,
                float fixedLeading,
                float multipliedLeading,
                PdfTextAlignment alignment,
                TextDirection direction) {
            if (direction != TextDirection.LTR) {
                return super.go(llx, lly, urx, ury, fixedLeading, multipliedLeading, alignment, direction);
            }
            ColumnText column = new ColumnText(producer.getPdfContentByte());
            column.setSimpleColumn(phrase, llx, lly, urx, ury, fixedLeading, ClassicPdfUtils.toPdfAlignment(alignment));
            if (multipliedLeading != 0) {
                column.setLeading(fixedLeading, multipliedLeading);
            }
            column.setRunDirection(PdfWriter.RUN_DIRECTION_NO_BIDI);
            try {
                column.go();
            } catch (DocumentException e) {
                throw new JRRuntimeException(e);
            }
            return column.getYLine();
        }
    }
}
