package cn.kaohe.report;

import cn.kaohe.campaign.Assessment;
import cn.kaohe.campaign.Campaign;
import cn.kaohe.report.model.ReportHeader;
import cn.kaohe.scoring.ScoringOutcome.Reason;
import cn.kaohe.scoring.ScoringOutcome.SubjectResult;
import cn.kaohe.scoring.model.Category;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.shared.KaoheZone;
import cn.kaohe.shared.Period;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What the report builders share: a campaign's data with its scheme's grade labels and categories, the header, the
 * names of the committee and the office, the grade printed for an assessment, and times read in {@link KaoheZone}.
 */
final class ReportBasis {

    final CampaignData data;
    final Campaign campaign;
    final SchemeVersion scheme;
    private final Map<String, String> gradeLabels = new LinkedHashMap<>();
    private final Map<String, Category> categories = new LinkedHashMap<>();

    ReportBasis(CampaignData data) {
        this.data = data;
        this.campaign = data.campaign();
        this.scheme = data.scheme();
        scheme.grading().grades().forEach(g -> gradeLabels.put(g.code(), g.label()));
        scheme.categories().forEach(c -> categories.put(c.id(), c));
    }

    /** The header; the data version is filled in after hashing the document. */
    ReportHeader header() {
        String period =
                Period.parse(campaign.getCycle(), campaign.getPeriodLabel()).chineseLabel();
        String township = data.township() == null ? "" : data.township();
        // the campaign's name usually starts with the township: print it once (never 大栗港镇大栗港镇…)
        String name = !township.isEmpty() && campaign.getName().startsWith(township)
                ? campaign.getName().substring(township.length())
                : campaign.getName();
        return new ReportHeader(
                township,
                name,
                data.schemeName(),
                period,
                committee(),
                null,
                LocalDateTime.ofInstant(data.dataTime(), KaoheZone.ZONE));
    }

    String committee() {
        return (data.township() == null ? "" : data.township()) + "考核领导小组";
    }

    String office() {
        return (data.township() == null ? "" : data.township()) + "绩效考核办公室（绩考办）";
    }

    /** The grade as printed: the label stored with the assessment, else the scheme's label of its code. */
    String grade(Assessment a) {
        if (a.getGradeLabel() != null) {
            return a.getGradeLabel();
        }
        return a.getGrade() == null ? "" : gradeLabel(a.getGrade());
    }

    /** The scheme's label of a grade code, or the code itself. */
    String gradeLabel(String code) {
        return gradeLabels.getOrDefault(code, code);
    }

    /** The scheme's grade codes in the scheme's order. */
    Iterable<String> gradeCodes() {
        return gradeLabels.keySet();
    }

    /** The scheme's category of this id, or null (an explanation line of a rule, not of a category). */
    Category category(String id) {
        return id == null ? null : categories.get(id);
    }

    boolean isCategory(String id) {
        return id != null && categories.containsKey(id);
    }

    /** All assessments in print order, or the one with {@code assessmentId}. */
    List<Assessment> selected(Long assessmentId) {
        if (assessmentId == null) {
            return data.assessments();
        }
        return data.assessments().stream()
                .filter(a -> a.getId().equals(assessmentId))
                .toList();
    }

    /** The descriptions of a result's reasons that {@code which} accepts, joined; null if none. */
    static String reasons(SubjectResult r, Predicate<Reason> which) {
        if (r == null) {
            return null;
        }
        String text =
                r.reasons().stream().filter(which).map(Reason::description).collect(Collectors.joining("；"));
        return text.isEmpty() ? null : text;
    }

    static LocalDateTime local(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(KaoheZone.ZONE).toLocalDateTime();
    }

    static LocalDate date(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(KaoheZone.ZONE).toLocalDate();
    }
}
