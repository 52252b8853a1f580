package com.ticketorleaveit.users.command.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The file that hands the first admin's generated password to the operator: readable and writable by its owner only,
 * and written whole or not at all (a temporary file moved into place). The password is never logged.
 */
final class OneTimePasswordFile {

    private static final int PASSWORD_BYTES = 24;

    private final Path path;
    private final SecureRandom random = new SecureRandom();

    OneTimePasswordFile(Path path) {
        this.path = path.toAbsolutePath();
    }

    Path path() {
        return path;
    }

    /**
     * The password in the file, or a new one written to it. A file left by an attempt that did not finish (the process
     * stopped before the account was stored) is used again, so that the file always holds the password stored.
     */
    String readOrCreate() {
        try {
            if (Files.exists(path)) {
                return Files.readString(path, StandardCharsets.UTF_8).strip();
            }
            byte[] bytes = new byte[PASSWORD_BYTES];
            random.nextBytes(bytes);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Path directory = path.getParent();
            Files.createDirectories(directory);
            Path temporary = directory.resolve("." + path.getFileName() + "." + Long.toHexString(random.nextLong()));
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(temporary);
            }
            try {
                Files.writeString(temporary, password + "\n", StandardCharsets.UTF_8);
                Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the first admin's password to " + path, e);
        }
    }

    /** Once the password was changed the file holds nothing of use: it goes. */
    boolean deleteIfPresent() {
        try {
            return Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }
}
