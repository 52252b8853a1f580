package com.ticketorleaveit.users.command.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * BCrypt over a SHA-256 pre-hash: BCrypt reads at most 72 bytes (and Spring refuses longer input), while passwords
 * may have 128 characters; the Base64 pre-hash keeps every character significant and contains no NUL byte.
 */
@Component
public class Passwords {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    /** Compared against when the email is unknown, so that a login takes as long whether the account exists or not. */
    private final String decoy = bcrypt.encode(prehash("no account has this password"));

    public String hash(String password) {
        return bcrypt.encode(prehash(password));
    }

    public boolean matches(String password, String hash) {
        return bcrypt.matches(prehash(password), hash);
    }

    /** Spends the time of a real comparison; always false. */
    public boolean matchesNothing(String password) {
        bcrypt.matches(prehash(password), decoy);
        return false;
    }

    private static String prehash(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
