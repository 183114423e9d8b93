package cn.kaohe.scoring.model;

/** What to do when a subject lacks a rating that a category needs. */
public enum MissingRating {
    /** Input error naming the subject and rater group. */
    ERROR,
    /** Drop the missing component and rescale the remaining weights to 100%. */
    RESCALE
}
