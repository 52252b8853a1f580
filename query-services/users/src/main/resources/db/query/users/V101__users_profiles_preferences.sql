-- Optional mails a user wants: everyone is reminded of their events until they say otherwise.
alter table users_profiles add column event_reminders boolean not null default true;
