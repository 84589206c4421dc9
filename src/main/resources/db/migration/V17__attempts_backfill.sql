-- The reconciliation finds the other payments of an installment through its disbursements.
create index disbursements_by_installment on disbursements (participant_id, installment);
create index disbursement_attempts_by_installment on disbursement_attempts (participant_id, installment);

-- The attempts the overview projection recorded before this table existed: the one each installment holds.
insert into disbursement_attempts (disbursement_id, participant_id, installment, attempt, amount, provider, status,
                                   reason, requested_at, settled_at)
select disbursement_id, participant_id, installment, attempt, amount, provider,
       case status when 'PAID' then 'PAID' when 'FAILED' then 'FAILED' when 'RETRY_READY' then 'FAILED'
                   else 'REQUESTED' end,
       failure_reason, updated_at,
       case when status in ('PAID', 'FAILED', 'RETRY_READY') then coalesce(paid_at, updated_at) end
from incentive_installments
where disbursement_id is not null
on conflict do nothing;
