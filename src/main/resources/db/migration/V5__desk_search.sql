-- What the desk's order list searches and filters by, taken out of the snapshot when it is written
-- (sync/intake SearchColumns), so that a search by phone, TTN, name or date is an index lookup
-- rather than a LIKE over every snapshot's JSON. Plain b-tree indexes and equality, which both H2
-- and PostgreSQL (whatever its collation) use alike.
alter table marketplace_order add column buyer_phone varchar(20);
alter table marketplace_order add column ttn varchar(40);
-- ROZETKA's "created", Kyiv time, as in the snapshot
alter table marketplace_order add column ordered_at timestamp;
-- 0: written before this script; the search columns are filled in at start (SearchColumns.backfill)
alter table marketplace_order add column search_version integer default 0 not null;

create index ix_marketplace_order_phone on marketplace_order (buyer_phone);
create index ix_marketplace_order_ttn on marketplace_order (ttn);
create index ix_marketplace_order_ordered on marketplace_order (ordered_at);
-- the list's order: newest first
create index ix_marketplace_order_imported on marketplace_order (imported_at, order_id);
create index ix_marketplace_order_stage_only on marketplace_order (stage, imported_at);
create index ix_marketplace_order_search_version on marketplace_order (search_version);

-- Each word of the buyer's name, lower case, with its first three and first five letters: a search
-- for «ковал» looks up head5 = 'ковал', one for «ков» head = 'ков' (equality: an index on any
-- collation, where LIKE 'ков%' uses one only under the C collation), then matches the prefix.
create table order_name_word (
    shop_id   varchar(64)   not null,
    order_id  bigint        not null,
    word      varchar(100)  not null,
    head      varchar(3)    not null,
    head5     varchar(5)    not null,
    constraint pk_order_name_word primary key (shop_id, order_id, word)
);
create index ix_order_name_word_head on order_name_word (head);
create index ix_order_name_word_head5 on order_name_word (head5);

-- a TTN is found from the moment the expense note has it, before a re-sync brings it into the snapshot
create index ix_expense_note_ttn on expense_note (ttn);
