package com.ticketorleaveit.organizers.command;

import com.ticketorleaveit.organizers.api.OrganizerId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOrganizersByUser implements OrganizersByUser {

    private final JdbcTemplate jdbc;

    JdbcOrganizersByUser(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Claim claim(UUID userId, OrganizerId organizerId) {
        // "on conflict do nothing" rather than catching the violation: a failed statement would abort the
        // surrounding transaction, which also holds the events
        int inserted = jdbc.update(
                "insert into organizers_by_user (user_id, organizer_id) values (?, ?) on conflict do nothing",
                userId,
                organizerId.value());
        if (inserted == 1) {
            return Claim.CLAIMED;
        }
        return jdbc
                .query(
                        "select organizer_id from organizers_by_user where user_id = ?",
                        (rs, row) -> rs.getObject("organizer_id", UUID.class),
                        userId)
                .stream()
                .findFirst()
                .filter(organizerId.value()::equals)
                .map(holder -> Claim.ALREADY_YOURS)
                .orElse(Claim.TAKEN);
    }

    @Override
    public Optional<OrganizerId> profileOf(UUID userId) {
        return jdbc
                .query(
                        "select organizer_id from organizers_by_user where user_id = ?",
                        (rs, row) -> new OrganizerId(rs.getObject("organizer_id", UUID.class)),
                        userId)
                .stream()
                .findFirst();
    }
}
