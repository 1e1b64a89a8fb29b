-- Letterheads: per organisation, versioned. A version is a draft until activated; one active version
-- per organisation; activated versions never change (documents record the version they used).
create table documents_letterhead (
    id               uuid primary key,
    tenant_id        uuid         not null,
    version          integer      not null check (version >= 1),
    status           varchar(10)  not null check (status in ('DRAFT', 'ACTIVE', 'RETIRED')),
    arabic_name      varchar(200) not null,
    english_name     varchar(200) not null,
    logo             bytea,
    primary_colour   char(7)      not null,
    accent_colour    char(7)      not null,
    footer_lines     text[]       not null,
    margin_top_mm    integer      not null,
    margin_right_mm  integer      not null,
    margin_bottom_mm integer      not null,
    margin_left_mm   integer      not null,
    page_size        varchar(10)  not null check (page_size in ('A4', 'LETTER')),
    created_at       timestamptz  not null,
    activated_at     timestamptz,
    unique (tenant_id, version)
);

create unique index documents_letterhead_one_active on documents_letterhead (tenant_id) where status = 'ACTIVE';
