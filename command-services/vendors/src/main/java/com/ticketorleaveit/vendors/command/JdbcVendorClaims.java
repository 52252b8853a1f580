package com.ticketorleaveit.vendors.command;

import com.ticketorleaveit.vendors.api.VendorId;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

// "on conflict do nothing" rather than catching violations: a failed statement would abort the surrounding
// transaction, which also holds the events
@Repository
class JdbcVendorClaims implements VendorClaims {

    private final JdbcTemplate jdbc;

    JdbcVendorClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Claim claimUser(UUID userId, VendorId vendorId) {
        int inserted = jdbc.update(
                "insert into vendors_by_user (user_id, vendor_id) values (?, ?) on conflict do nothing",
                userId,
                vendorId.value());
        return inserted == 1
                ? Claim.CLAIMED
                : holder("select vendor_id from vendors_by_user where user_id = ?", userId, vendorId);
    }

    @Override
    public Claim claimName(String name, VendorId vendorId) {
        String nameLower = name.strip().toLowerCase(Locale.ROOT);
        int inserted = jdbc.update(
                "insert into vendors_names (name_lower, vendor_id) values (?, ?) on conflict do nothing",
                nameLower,
                vendorId.value());
        return inserted == 1
                ? Claim.CLAIMED
                : holder("select vendor_id from vendors_names where name_lower = ?", nameLower, vendorId);
    }

    @Override
    public void releaseName(String name, VendorId vendorId) {
        jdbc.update(
                "delete from vendors_names where name_lower = ? and vendor_id = ?",
                name.strip().toLowerCase(Locale.ROOT),
                vendorId.value());
    }

    private Claim holder(String query, Object key, VendorId vendorId) {
        return jdbc.query(query, (rs, row) -> rs.getObject("vendor_id", UUID.class), key).stream()
                .findFirst()
                .filter(vendorId.value()::equals)
                .map(holder -> Claim.ALREADY_YOURS)
                .orElse(Claim.TAKEN);
    }
}
