-- One organizer profile per user, written in the same transaction as the Organizer's events.
create table organizers_by_user (
    user_id      uuid primary key,
    organizer_id uuid not null unique
);
