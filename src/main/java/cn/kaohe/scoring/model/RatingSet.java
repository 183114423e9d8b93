package cn.kaohe.scoring.model;

import static cn.kaohe.scoring.model.SchemeVersion.nonNull;

import java.util.List;

/** Rater-group weights used for subjects carrying {@code tag} (null tag = everybody else). */
public record RatingSet(String tag, List<RatingComponent> components) {
    public RatingSet {
        components = nonNull(components);
    }
}
