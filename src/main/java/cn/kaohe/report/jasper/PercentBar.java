package cn.kaohe.report.jasper;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * One bar of a horizontal bar chart, drawn as vector graphics (0–100 %), with a marker at the quota.
 * Used instead of a JFreeChart chart: {@code jasperreports-charts} 7.0.6 is not on Maven Central.
 * No text is drawn here (the labels are text fields beside it, which use the embedded CJK font).
 */
public final class PercentBar extends AbstractRenderer implements Graphics2DRenderable {

    private static final long serialVersionUID = 1L;
    private static final Color TRACK = new Color(0xEE, 0xEE, 0xEE);
    private static final Color OK = new Color(0x3B, 0x6E, 0xA8);
    private static final Color VIOLATED = new Color(0xC0, 0x39, 0x2B);
    private static final Color MARKER = new Color(0x33, 0x33, 0x33);

    private final double percentage;
    private final Double limitPercentage;
    private final boolean violated;

    private PercentBar(double percentage, Double limitPercentage, boolean violated) {
        this.percentage = percentage;
        this.limitPercentage = limitPercentage;
        this.violated = violated;
    }

    /** Used from template expressions; doubles are fine here, this only decides pixel widths. */
    public static PercentBar of(BigDecimal percentage, BigDecimal limitPercentage, Boolean withinLimit) {
        double pct = percentage == null
                ? 0
                : clamp(percentage.setScale(2, RoundingMode.HALF_UP).doubleValue());
        Double limit = limitPercentage == null ? null : clamp(limitPercentage.doubleValue());
        return new PercentBar(pct, limit, Boolean.FALSE.equals(withinLimit));
    }

    private static double clamp(double pct) {
        return Math.max(0, Math.min(100, pct));
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D g, Rectangle2D area) {
        double x = area.getX();
        double y = area.getY() + area.getHeight() * 0.2;
        double h = area.getHeight() * 0.6;
        double w = area.getWidth();
        g.setColor(TRACK);
        g.fill(new Rectangle2D.Double(x, y, w, h));
        g.setColor(violated ? VIOLATED : OK);
        g.fill(new Rectangle2D.Double(x, y, w * percentage / 100, h));
        if (limitPercentage != null) {
            double mx = x + w * limitPercentage / 100;
            g.setColor(MARKER);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(new Line2D.Double(mx, area.getY(), mx, area.getY() + area.getHeight()));
        }
    }
}
