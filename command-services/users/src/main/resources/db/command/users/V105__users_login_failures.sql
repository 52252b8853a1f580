-- Failed logins per email address, known or not (an unknown address is throttled the same way, so the answers reveal
-- nothing). A success deletes the row; rows of addresses left alone for a day are purged.
create table users_login_failures (
    email_lower     text primary key,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz
);

create index users_login_failures_last on users_login_failures (last_failure_at);
