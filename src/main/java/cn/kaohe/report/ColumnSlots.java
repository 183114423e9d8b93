package cn.kaohe.report;

import cn.kaohe.report.model.AnnualRollupReport;
import cn.kaohe.report.model.RankingReport;
import cn.kaohe.report.model.ReportDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRGroup;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JasperDesign;

/**
 * Columns whose number depends on the scheme (score categories, assessment periods). The template
 * holds {@code count} slot elements keyed {@code <prefix>0 … <prefix>N-1} in every band; before
 * compiling, the unused slots are removed, the elements right of them move left and the element keyed
 * {@code widenKey} takes the freed width, so the table has no gaps and the XLSX no empty columns.
 */
record ColumnSlots(String prefix, int count, String widenKey) {

    static Optional<ColumnSlots> of(ReportType type) {
        return switch (type) {
            case RANKING -> Optional.of(new ColumnSlots("cat", RankingReport.MAX_CATEGORIES, "remark"));
            case ANNUAL_ROLLUP -> Optional.of(new ColumnSlots("period", AnnualRollupReport.MAX_PERIODS, "consequence"));
            default -> Optional.empty();
        };
    }

    static int used(ReportDocument document) {
        if (document instanceof RankingReport ranking) {
            return ranking.categoryNames().size();
        }
        if (document instanceof AnnualRollupReport rollup) {
            return rollup.periodLabels().size();
        }
        return 0;
    }

    void keep(JasperDesign design, int used) {
        for (JRBand band : bands(design)) {
            if (band instanceof JRDesignBand designBand) {
                keep(designBand, used);
            }
        }
    }

    private void keep(JRDesignBand band, int used) {
        List<JRDesignElement> removed = new ArrayList<>();
        for (JRElement element : band.getElements()) {
            if (element instanceof JRDesignElement e && slotIndex(e) >= used) {
                removed.add(e);
            }
        }
        if (removed.isEmpty()) {
            return;
        }
        int from = removed.stream().mapToInt(JRDesignElement::getX).min().orElseThrow();
        int freed = removed.stream().mapToInt(JRDesignElement::getWidth).sum();
        removed.forEach(band::removeElement);
        for (JRElement element : band.getElements()) {
            if (element instanceof JRDesignElement e) {
                if (e.getX() >= from) {
                    e.setX(e.getX() - freed);
                }
                if (widenKey.equals(e.getKey())) {
                    e.setWidth(e.getWidth() + freed);
                }
            }
        }
    }

    private int slotIndex(JRElement element) {
        String key = element.getKey();
        if (key == null || !key.startsWith(prefix)) {
            return -1;
        }
        try {
            return Integer.parseInt(key.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<JRBand> bands(JasperDesign design) {
        List<JRBand> bands = new ArrayList<>();
        bands.add(design.getTitle());
        bands.add(design.getPageHeader());
        bands.add(design.getColumnHeader());
        bands.addAll(List.of(design.getDetailSection().getBands()));
        bands.add(design.getColumnFooter());
        bands.add(design.getPageFooter());
        bands.add(design.getSummary());
        for (JRGroup group : design.getGroups()) {
            if (group.getGroupHeaderSection() != null) {
                bands.addAll(List.of(group.getGroupHeaderSection().getBands()));
            }
            if (group.getGroupFooterSection() != null) {
                bands.addAll(List.of(group.getGroupFooterSection().getBands()));
            }
        }
        bands.removeIf(b -> b == null);
        return bands;
    }
}
