-- Read model "organizers-profiles": organizer profiles, rebuilt from the Organizer events on replay.
create table organizers_profiles (
    organizer_id      uuid primary key,
    user_id           uuid        not null,
    organization_name text        not null,
    contact_name      text        not null,
    email             text        not null,
    registered_at     timestamptz not null
);

create index organizers_profiles_user on organizers_profiles (user_id);
