-- The first admin's generated password is for one use: until it is changed, tokens carry no role but CUSTOMER (ADR 26).
alter table users_credentials add column password_change_required boolean not null default false;
