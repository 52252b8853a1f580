package com.ticketorleaveit.vendors.query.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcVendorDirectory implements VendorLookup {

    private static final String SELECT =
            "select vendor_id, name, genre, biography, picture_url, active from vendors_directory ";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcVendorDirectory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<DirectoryEntry> find(UUID vendorId) {
        return jdbc.query(SELECT + "where vendor_id = :id", Map.of("id", vendorId), JdbcVendorDirectory::entry).stream()
                .findFirst();
    }

    @Override
    public List<DirectoryEntry> findAll(Collection<UUID> vendorIds) {
        if (vendorIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SELECT + "where vendor_id in (:ids)", Map.of("ids", vendorIds), JdbcVendorDirectory::entry);
    }

    /** Names are unique case-insensitively (the command side's rule), so there is one at most. */
    @Override
    public Optional<DirectoryEntry> findByName(String name) {
        return jdbc
                .query(
                        SELECT + "where lower(name) = lower(:name) order by vendor_id limit 1",
                        Map.of("name", name.strip()),
                        JdbcVendorDirectory::entry)
                .stream()
                .findFirst();
    }

    /**
     * One page of the vendors the query asks for: by name (case-insensitively, ties by id so that pages never overlap),
     * or, when words are looked for, the best matches first.
     */
    VendorPage search(DirectoryQuery query) {
        var parameters = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(query.includeInactive() ? "true" : "active");
        query.text().ifPresent(text -> {
            where.append(" and search @@ websearch_to_tsquery('english', :text)");
            parameters.addValue("text", text);
        });
        query.genre().ifPresent(genre -> {
            where.append(" and lower(genre) = lower(:genre)");
            parameters.addValue("genre", genre);
        });
        Long total =
                jdbc.queryForObject("select count(*) from vendors_directory where " + where, parameters, Long.class);
        String order = query.text().isPresent()
                ? "ts_rank(search, websearch_to_tsquery('english', :text)) desc, lower(name), vendor_id"
                : "lower(name), vendor_id";
        parameters.addValue("size", query.size());
        parameters.addValue("offset", (long) query.page() * query.size());
        List<DirectoryEntry> items = jdbc.query(
                SELECT + "where " + where + " order by " + order + " limit :size offset :offset",
                parameters,
                JdbcVendorDirectory::entry);
        return new VendorPage(items, query.page(), query.size(), total == null ? 0 : total);
    }

    private static DirectoryEntry entry(ResultSet rs, int row) throws SQLException {
        return new DirectoryEntry(
                rs.getObject("vendor_id", UUID.class),
                rs.getString("name"),
                rs.getString("genre"),
                rs.getString("biography"),
                rs.getString("picture_url"),
                rs.getBoolean("active"));
    }
}
