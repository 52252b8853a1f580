package com.ticketorleaveit.vendors.query.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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

    /** One page of vendors sorted by name (case-insensitively, ties by id so that pages never overlap). */
    List<DirectoryEntry> page(int page, int size) {
        return jdbc.query(
                SELECT + "order by lower(name), vendor_id limit :size offset :offset",
                Map.of("size", size, "offset", (long) page * size),
                JdbcVendorDirectory::entry);
    }

    long count() {
        return jdbc.queryForObject("select count(*) from vendors_directory", Map.of(), Long.class);
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
