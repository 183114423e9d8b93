-- What a campaign needs from the office besides the roster and the ledger (issue 13): the pay pool (奖金总额) where the
-- scheme pays from a pool, and the payout period whose grades this campaign pays (seed 003 五: 按季度发放). Both are set
-- when opening and may be changed before the ranking, with a reason (audited).
alter table campaign add column pay_pool numeric(14, 2);
alter table campaign add column payout_period varchar(20);
