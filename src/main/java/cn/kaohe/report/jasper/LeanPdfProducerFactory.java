package cn.kaohe.report.jasper;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfWriter;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.pdf.classic.ClassicChunk;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicPdfUtils;
import net.sf.jasperreports.pdf.classic.ClassicPhrase;
import net.sf.jasperreports.pdf.common.PdfChunk;
import net.sf.jasperreports.pdf.common.PdfPhrase;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducerContext;
import net.sf.jasperreports.pdf.common.PdfProducerFactory;
import net.sf.jasperreports.pdf.common.PdfTextAlignment;
import net.sf.jasperreports.pdf.common.TextDirection;

/**
 * Jasper's OpenPDF producer, except that left-to-right text is laid out without OpenPDF's bidirectional pass.
 * Jasper hands every text cell to OpenPDF's {@code ColumnText} with run direction "LTR", which makes OpenPDF run
 * {@code java.text.Bidi} over the cell's text to reorder right-to-left runs; Kaohe's reports hold Chinese, digits
 * and Latin letters only (the embedded Noto Sans CJK SC subset has no right-to-left glyphs at all), so that pass
 * never reorders anything and only costs time. Text laid out "no bidi" is placed, broken and encoded exactly as
 * before. Right-to-left text still goes the old way. Registered in {@code jasperreports.properties} as
 * {@code net.sf.jasperreports.export.pdf.producer.factory} (docs/adr/0013, "Reports that stream").
 */
public final class LeftToRightPdfProducerFactory implements PdfProducerFactory {

    @Override
    public PdfProducer createProducer(PdfProducerContext context) {
        return new Producer(context);
    }

    private static final class Producer extends ClassicPdfProducer {

        Producer(PdfProducerContext context) {
            super(context);
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
