package cn.kaohe.scoring;

import cn.kaohe.scoring.model.Category;
import cn.kaohe.scoring.model.CategorySource;
import java.util.EnumMap;
import java.util.Map;

/** The category source policies, one per {@link CategorySource}: a new source is a new class registered here. */
final class CategoryStarts {

    private static final Map<CategorySource, CategoryStart> POLICIES = new EnumMap<>(CategorySource.class);

    static {
        POLICIES.put(CategorySource.BASE, new BaseStart());
        POLICIES.put(CategorySource.ZERO, new ZeroStart());
        POLICIES.put(CategorySource.RATING, new RatingStart());
        POLICIES.put(CategorySource.MAPPED_GRADE, new MappedGradeStart());
        POLICIES.put(CategorySource.PERIODS, new PeriodStart());
        POLICIES.put(CategorySource.COMPLETION, new CompletionStart());
        for (CategorySource s : CategorySource.values()) {
            if (!POLICIES.containsKey(s)) {
                throw new IllegalStateException("no category source policy for " + s);
            }
        }
    }

    private CategoryStarts() {}

    /** Starts every category of a (not derived) subject. */
    static void start(ScoringRun run, SubjectWork w) {
        for (Category c : run.scheme.categories()) {
            w.categories.put(c.id(), POLICIES.get(c.source()).start(run, w, c));
        }
    }
}
