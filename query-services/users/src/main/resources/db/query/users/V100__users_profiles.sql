-- Read model "users-profiles": who a signed-in user is, rebuilt from the User events on replay.
create table users_profiles (
    user_id    uuid primary key,
    first_name text   not null,
    last_name  text   not null,
    email      text   not null,
    roles      text[] not null default '{CUSTOMER}'
);
