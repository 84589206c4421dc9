-- Each line of every imported payment statement, as the partner wrote it; matched against the disbursements when the
-- reconciliation report is read, so that a statement never changes a balance by itself.
create table statement_lines (
    statement_id    uuid        not null,
    line_no         int         not null,
    disbursement_id uuid        not null,
    reference       text        not null,
    amount          bigint      not null,
    status          text        not null,
    paid_on         date        not null,
    imported_at     timestamptz not null,
    primary key (statement_id, line_no)
);

create index statement_lines_by_disbursement on statement_lines (disbursement_id);
