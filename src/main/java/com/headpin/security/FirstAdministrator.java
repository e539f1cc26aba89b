package com.headpin.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;

import com.headpin.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of an installation without users: from {@code HEADPIN_ADMIN_USERNAME} /
 * {@code HEADPIN_ADMIN_PASSWORD} at start (who must choose a new password at first log-in), or on the set-up page
 * with a one-time token from the log. Once any user exists, neither way works any more.
 */
@Service
@Transactional
public class FirstAdministrator {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppUserRepository users;
    private final SetupTokenRepository tokens;
    private final UserAccountService accounts;
    private final Clock clock;

    FirstAdministrator(AppUserRepository users, SetupTokenRepository tokens, UserAccountService accounts,
                       Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Whether nobody can log in yet, so the log-in page points to the set-up page. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean setupNeeded() {
        return users.count() == 0;
    }

    /**
     * Creates the first administrator, who chose the password here; every set-up token is used up. A wrong, old or
     * used token, or any user already there, is refused at the token field.
     */
    @PreAuthorize("permitAll()")
    public void setUp(FirstAdminSetup input) {
        // Locking the tokens first makes two set-ups at once (two nodes) run one after the other.
        List<SetupToken> open = tokens.lockAll();
        String token = input.token() == null ? "" : input.token().strip();
        Instant now = clock.instant();
        if (users.count() > 0 || token.isEmpty() || open.stream().noneMatch(t -> t.accepts(token, now))) {
            throw InvalidInputException.of("token", "setup.token.invalid");
        }
        accounts.createFirstAdministrator(new NewUser(input.username(), input.fullName(), null,
                EnumSet.of(Role.ADMIN), input.preferredLanguage(), input.password()), false);
        tokens.deleteAllInBatch();
    }

    /** At start, from the environment; false when users exist already. Refused input throws. */
    boolean createFromEnvironment(FirstAdminProperties admin) {
        if (!setupNeeded()) {
            return false;
        }
        accounts.createFirstAdministrator(new NewUser(admin.username(), admin.fullNameOrDefault(), null,
                EnumSet.of(Role.ADMIN), null, admin.password()), true);
        tokens.deleteAllInBatch();
        return true;
    }

    /** A new one-time token, valid for {@link SetupToken#VALID_FOR} or until the first administrator exists. */
    String issueToken() {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        tokens.save(new SetupToken(token, clock.instant()));
        return token;
    }
}
