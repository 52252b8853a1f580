package com.ticketorleaveit.users.command.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OneTimePasswordFileTest {

    @TempDir
    Path directory;

    @Test
    void writesANewPasswordThatOnlyItsOwnerReads() throws Exception {
        Path path = directory.resolve("secrets").resolve("first-admin-password");

        String password = new OneTimePasswordFile(path).readOrCreate();

        assertThat(password).hasSize(32).matches("[A-Za-z0-9_-]+");
        assertThat(Files.readString(path).strip()).isEqualTo(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
                .isEqualTo("rw-------");
        try (var left = Files.list(path.getParent())) {
            assertThat(left).as("no temporary file left behind").containsExactly(path);
        }
    }

    @Test
    void usesThePasswordAnEarlierAttemptWroteSoTheFileAlwaysHoldsTheOneStored() {
        Path path = directory.resolve("first-admin-password");
        String first = new OneTimePasswordFile(path).readOrCreate();

        assertThat(new OneTimePasswordFile(path).readOrCreate()).isEqualTo(first);
    }

    @Test
    void drawsADifferentPasswordForEachNewFile() {
        String one = new OneTimePasswordFile(directory.resolve("one")).readOrCreate();
        String other = new OneTimePasswordFile(directory.resolve("other")).readOrCreate();

        assertThat(one).isNotEqualTo(other);
    }

    @Test
    void deletesTheFileOnceThePasswordIsSpent() {
        Path path = directory.resolve("first-admin-password");
        OneTimePasswordFile file = new OneTimePasswordFile(path);
        file.readOrCreate();

        assertThat(file.deleteIfPresent()).isTrue();
        assertThat(path).doesNotExist();
        assertThat(file.deleteIfPresent()).isFalse();
    }
}
