-- Issue 19: how many assessments of a campaign are rated is read from the assessment table (index
-- assessment_campaign_status, V19), no longer counted on the campaign row in every rating's transaction (that counter
-- made all ratings of one campaign wait for each other). See docs/adr/0013, addendum "rated from the assessments".
alter table campaign drop column rated_count;
