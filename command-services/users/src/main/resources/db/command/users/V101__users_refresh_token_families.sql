-- Refresh tokens rotate within a family: the tokens issued one after the other from one login. A token presented after
-- it was rotated (a replay) revokes its whole family (ADR 23). Tokens issued before families existed each start one.
alter table users_refresh_tokens add column family_id uuid;
update users_refresh_tokens set family_id = gen_random_uuid();
alter table users_refresh_tokens alter column family_id set not null;
create index users_refresh_tokens_family on users_refresh_tokens (family_id);
-- the purge of expired tokens
create index users_refresh_tokens_expiry on users_refresh_tokens (expires_at);

-- A deactivated account's credentials row goes, and its tokens with it.
alter table users_refresh_tokens drop constraint users_refresh_tokens_user_id_fkey;
alter table users_refresh_tokens
    add constraint users_refresh_tokens_user_id_fkey
        foreign key (user_id) references users_credentials (user_id) on delete cascade;
