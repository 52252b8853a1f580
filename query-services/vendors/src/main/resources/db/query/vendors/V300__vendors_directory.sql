-- Read model "vendors-directory": the public vendor directory (REST and gRPC), rebuilt from the Vendor events on
-- replay.
create table vendors_directory (
    vendor_id   uuid primary key,
    user_id     uuid    not null,
    name        text    not null,
    genre       text    not null,
    biography   text,
    picture_url text,
    active      boolean not null
);

-- the directory pages through vendors by name
create index vendors_directory_by_name on vendors_directory (lower(name), vendor_id);
