-- Nova Poshta handover (issue 15): when the manager handed a parcel to Nova Poshta (the handover
-- task), and the day's register (ScanSheet) it went into, one register per shop and Kyiv day.
alter table np_waybill add column handed_over_at timestamp;
alter table np_waybill add column register_ref varchar(36);
-- storage at the branch: ROZETKA's reserve_date (the last day), read once as the parcel arrives, and
-- when the buyer's call about it was asked for (once per parcel)
alter table np_waybill add column reserve_until date;
alter table np_waybill add column storage_warned_at timestamp;

create table np_register (
    shop_id    varchar(64) not null,
    register_day date      not null,
    ref        varchar(36) not null,
    number     varchar(40),
    created_at timestamp   not null,
    constraint pk_np_register primary key (shop_id, register_day)
);
-- the register of a day reads the parcels handed over that day
create index ix_np_waybill_handed_over on np_waybill (shop_id, handed_over_at);

-- One tracking round per shop and interval across the nodes of a cluster: a node claims the round
-- with a conditional update of this row, so two nodes never poll the same parcels twice.
create table np_tracking_round (
    shop_id    varchar(64) not null primary key,
    node       varchar(200),
    started_at timestamp
);
