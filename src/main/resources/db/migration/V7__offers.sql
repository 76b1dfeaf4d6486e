-- Stock and prices to ROZETKA (issue 16).

-- The catalogue's other prices, a picture and the brand for the feed; empty unless the catalogue gives them.
alter table product add column price_old decimal(12,2);
alter table product add column price_promo decimal(12,2);
alter table product add column picture varchar(1000);
alter table product add column vendor varchar(100);

-- The outbox: one row per offer, bumped in the transaction of every stock or price move, so a
-- burst of moves is one row. due_at: the burst is deemed over when the offer has been quiet until
-- then (null: nothing to push); moved_at: the first move not yet pushed (a busy offer is pushed a
-- while after it all the same); retry_at: a failed push waits for it. version orders the moves: a
-- push clears the row only if no move came after the version it read.
create table offer_outbox (
    offer_id   varchar(100)  primary key,
    version    bigint        not null default 0,
    due_at     timestamp,
    moved_at   timestamp,
    retry_at   timestamp,
    attempts   integer       not null default 0
);
create index ix_offer_outbox_due on offer_outbox (due_at);
insert into offer_outbox (offer_id) select offer_id from product;

-- Our product on one shop's ROZETKA: its item there (null while not found) and what was pushed.
create table offer_link (
    shop_id             varchar(64)    not null,
    offer_id            varchar(100)   not null,
    rz_item_id          bigint,
    linked_by           varchar(16),
    pushed_version      bigint         not null default 0,
    pushed_stock        integer,
    pushed_price        decimal(12,2),
    pushed_price_old    decimal(12,2),
    pushed_price_promo  decimal(12,2),
    pushed_at           timestamp,
    -- a price beyond ROZETKA's moderation bounds waits here until someone on the desk sends it on
    held_price          decimal(12,2),
    approved_price      decimal(12,2),
    last_error          varchar(2000),
    error_at            timestamp,
    primary key (shop_id, offer_id)
);
create index ix_offer_link_item on offer_link (shop_id, rz_item_id);

-- ROZETKA's items as the goods reads last showed them, for the ones no product of ours matches.
create table rozetka_item (
    shop_id         varchar(64)    not null,
    rz_item_id      bigint         not null,
    price_offer_id  varchar(100),
    article         varchar(100),
    name            varchar(500),
    price           decimal(12,2),
    stock_quantity  integer,
    seen_at         timestamp      not null,
    primary key (shop_id, rz_item_id)
);

-- The secret part of each shop's price-list URL, rotated from the desk, and the feed's last content
-- (its hash, the ETag) with when it became so (Last-Modified and the catalogue's date).
create table offer_feed (
    shop_id      varchar(64)  primary key,
    token        varchar(64)  not null,
    rotated_at   timestamp    not null,
    etag         varchar(64),
    modified_at  timestamp,
    constraint uq_offer_feed_token unique (token)
);

-- One row that a push holds locked while it runs: two nodes never push at once, so never out of order.
create table offer_push_lock (
    name  varchar(16)  primary key
);
insert into offer_push_lock (name) values ('push');
