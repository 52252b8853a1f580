-- A closed account's address leaves the log (UserDeactivated): the notifications stay, without it.
alter table notifications_log alter column recipient_email drop not null;
