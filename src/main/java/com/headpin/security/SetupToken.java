package com.headpin.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A one-time set-up token for the first administrator, printed in the log at start. Only its SHA-256 is stored
 * (the token is random, so no slow hash is needed); any node accepts a token any node printed, for a day.
 */
@Entity
@Table(name = "setup_tokens")
class SetupToken extends BaseEntity {

    static final Duration VALID_FOR = Duration.ofHours(24);

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SetupToken() {
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
    }

    SetupToken(String token, Instant createdAt) {
        this.tokenHash = hash(token);
        this.createdAt = createdAt;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    boolean accepts(String token, Instant now) {
        return createdAt.plus(VALID_FOR).isAfter(now) && MessageDigest.isEqual(tokenHash.getBytes(StandardCharsets.US_ASCII),
                hash(token).getBytes(StandardCharsets.US_ASCII));
    }
}
