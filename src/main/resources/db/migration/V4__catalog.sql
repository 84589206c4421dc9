-- Training platforms are data, not an enum: a new partner is a row.
create table training_platforms (
    code text primary key,
    name text not null,
    url  text not null
);

insert into training_platforms (code, name, url) values
    ('TOKOPEDIA', 'Tokopedia', 'https://www.tokopedia.com/kartu-prakerja'),
    ('SKILL_ACADEMY', 'Skill Academy', 'https://skillacademy.com'),
    ('MAUBELAJARAPA', 'Maubelajarapa', 'https://maubelajarapa.com'),
    ('PINTARIA', 'Pintaria', 'https://pintaria.com'),
    ('BUKALAPAK', 'Bukalapak', 'https://www.bukalapak.com/prakerja'),
    ('PIJAR', 'Pijar Mahir', 'https://pijarmahir.id');

create table training_catalog (
    training_id     uuid primary key,
    title           text        not null,
    description     text        not null,
    category        text        not null,
    platform_code   text        not null,
    provider        text        not null,
    price           bigint      not null,
    duration_hours  int         not null,
    delivery        text        not null,
    modules         jsonb       not null,
    module_count    int         not null,
    certificate_type text       not null,
    schedule        text        not null,
    mentor_contact  text        not null,
    published       boolean     not null,
    rating_sum      bigint      not null default 0,
    review_count    int         not null default 0,
    rating_average  numeric(3, 2) not null default 0,
    published_at    timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null,
    search          tsvector generated always as
                        (to_tsvector('indonesian', title || ' ' || description)) stored
);

create index training_catalog_search on training_catalog using gin (search);
create index training_catalog_price on training_catalog (price, training_id) where published;
create index training_catalog_rating on training_catalog (rating_average, training_id) where published;
create index training_catalog_newest on training_catalog (published_at, training_id) where published;

create table training_reviews (
    purchase_id    uuid primary key,
    training_id    uuid        not null,
    participant_id uuid        not null,
    rating         int         not null,
    review         text        not null,
    reviewed_at    timestamptz not null
);

create index training_reviews_training on training_reviews (training_id, reviewed_at desc);

-- Purchases as their participant sees them, and certificates as anyone can verify them.
create table participant_purchases (
    purchase_id        uuid primary key,
    participant_id     uuid        not null,
    training_id        uuid        not null,
    title              text        not null,
    platform_code      text        not null,
    provider           text        not null,
    price              bigint      not null,
    voucher_code       text        not null,
    status             text        not null,
    modules_completed  int         not null default 0,
    module_count       int         not null,
    exam_passed        boolean     not null default false,
    certificate_number text,
    reviewed           boolean     not null default false,
    purchased_at       timestamptz not null,
    updated_at         timestamptz not null
);

create index participant_purchases_participant on participant_purchases (participant_id, purchased_at);

-- Voucher codes are unique; a platform may report progress by voucher code alone.
create table vouchers (
    voucher_code   text primary key,
    participant_id uuid not null,
    purchase_id    uuid not null
);

create table certificates (
    certificate_number text primary key,
    participant_id     uuid        not null,
    purchase_id        uuid        not null,
    participant_name   text        not null,
    training_title     text        not null,
    provider           text        not null,
    platform_code      text        not null,
    issued_at          timestamptz not null
);
