-- A user's picture (ProfileChanged); null when they have none.
alter table users_profiles add column picture_url text;
