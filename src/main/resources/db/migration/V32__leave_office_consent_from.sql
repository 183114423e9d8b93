-- The scheme's 2天及以上 threshold (approvals.leave.officeConsentFromDays) as it stood when the request was made; null for
-- requests made before: the seed's 2 (seed 001 篇四 一(三)).
alter table leave_request add column office_consent_from_days integer;
