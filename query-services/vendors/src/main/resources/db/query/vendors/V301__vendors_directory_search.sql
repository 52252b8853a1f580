-- Directory search: full text over name, genre and biography (in that order of weight), English stemming as in the
-- catalog ("drummers" finds "drummer"), in a stored generated column with a GIN index; the genre filter takes any case.
alter table vendors_directory add column search tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, name), 'A')
        || setweight(to_tsvector('english'::regconfig, genre), 'B')
        || setweight(to_tsvector('english'::regconfig, coalesce(biography, '')), 'C')
) stored;

create index vendors_directory_search on vendors_directory using gin (search);
create index vendors_directory_by_genre on vendors_directory (lower(genre), lower(name), vendor_id);
