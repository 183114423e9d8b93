package cn.kaohe.workflow;

import java.time.OffsetDateTime;

/**
 * One open task as the task lists show it: what to do, for which campaign and cadre, due when, overdue?
 *
 * @param kind SELF_EVALUATION, RATING, COMMITTEE_REVIEW, REWORK, APPEAL_FORWARD, APPEAL_DECISION…
 */
public record InboxTask(
        String id,
        String kind,
        String name,
        String assignee,
        String candidateGroup,
        Long campaignId,
        Long assessmentId,
        Long appealId,
        OffsetDateTime created,
        OffsetDateTime due,
        boolean overdue) {}
