-- The status projection folds each participant's events in memory and writes one row per participant and batch.
-- The two counters let it decide "back to CARD_ISSUED" and "FINISHED" from the row alone, without reading the
-- purchases and installments tables in the middle of a batch.
alter table participant_overview
    add column active_purchases    int not null default 0,
    add column unpaid_installments int not null default 0;

update participant_overview o
set active_purchases    = (select count(*) from participant_purchases p
                           where p.participant_id = o.participant_id and p.status <> 'CANCELLED'),
    unpaid_installments = (select count(*) from incentive_installments i
                           where i.participant_id = o.participant_id and i.status <> 'PAID');
