-- Set-based rules of the vendors context, written in the same transaction as the Vendor's events:
-- a vendor name is unique case-insensitively, and a user has at most one vendor profile.
create table vendors_names (
    name_lower text primary key,
    vendor_id  uuid not null
);

create table vendors_by_user (
    user_id   uuid primary key,
    vendor_id uuid not null unique
);
