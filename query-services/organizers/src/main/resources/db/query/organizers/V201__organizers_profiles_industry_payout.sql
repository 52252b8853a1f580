-- An organizer's industry, and of their payout details only the account's last four characters: the rest stays sealed
-- in the command side's events (ADR 26).
alter table organizers_profiles add column industry text;
alter table organizers_profiles add column payout_account_last4 text;
