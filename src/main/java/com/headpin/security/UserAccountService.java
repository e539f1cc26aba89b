package com.headpin.security;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and their settings. Administration needs ADMIN; the own password and preferences any logged-in user. */
@Service
@Transactional
public class UserAccountService {


    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+");
    private static final Set<String> LANGUAGES = Set.of("en", "zh-CN");

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SessionEnding sessions;

    UserAccountService(AppUserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                       LoginThrottle throttle, Clock clock, ApplicationEventPublisher events,
                       SessionEnding sessions) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.throttle = throttle;
        this.clock = clock;
        this.events = events;
        this.sessions = sessions;
    }


    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<UserSummary> page(String filter, Pageable pageable) {
        return users.search(filter.strip().toLowerCase(Locale.ROOT), pageable).map(AppUser::toSummary);
    }

    /** Everyone who can currently log in, for pickers (managers, team members, mentions). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserSummary> activeUsers() {
        return users.findByEnabledTrueOrderByFullName().stream().map(AppUser::toSummary).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserSummary> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : users.findByIdIn(ids).stream().map(AppUser::toSummary).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<UserSummary> find(long id) {
        return users.findById(id).map(AppUser::toSummary);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public UserSummary me() {
        return users.findById(currentUser.requireId()).map(AppUser::toSummary)
                .orElseThrow(() -> new IllegalStateException("Logged-in user no longer exists"));
    }

    /** Whether a username is taken; for logged-in callers only (before log-in it would list who can be attacked). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.existsByUsername(username.strip().toLowerCase(Locale.ROOT));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary create(NewUser input) {
        return create(input, true, false);
    }

    /**
     * Demo data only: the demo users share the password "demo", which the strength rule would refuse.
     * Everything else (username, name, roles) is checked as usual.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary createDemoUser(NewUser input) {
        return create(input, false, false);
    }

    /** The first administrator ({@link FirstAdministrator}), before anyone can log in: checked like any user. */
    UserSummary createFirstAdministrator(NewUser input, boolean mustChangePassword) {
        return create(input, true, mustChangePassword);
    }

    private UserSummary create(NewUser input, boolean enforcePasswordPolicy, boolean mustChangePassword) {
        String username = input.username() == null ? null : input.username().strip().toLowerCase(Locale.ROOT);
        InputRules rules = new InputRules().required("username", username);
        if (username != null && !username.isEmpty()) {
            if (username.length() > AppUser.USERNAME_MAX_LENGTH) {
                rules.maxLength("username", username, AppUser.USERNAME_MAX_LENGTH);
            } else if (!USERNAME.matcher(username).matches()) {
                rules.reject("username", "user.username.invalid");
            } else if (users.existsByUsername(username)) {
                rules.reject("username", "user.username.taken");
            }
        }
        checkProfile(rules, input.fullName(), input.email(), input.roles(), input.preferredLanguage());
        checkCity(rules, input.city());
        if (enforcePasswordPolicy) {
            PasswordPolicy.check(rules, "password", input.initialPassword(), username == null ? "" : username);
        } else {
            rules.required("password", input.initialPassword());
        }
        rules.check();

        AppUser user = new AppUser(username, input.fullName().strip(), passwordEncoder.encode(input.initialPassword()),
                clock.instant());
        user.setEmail(InputRules.trimToNull(input.email()));
        user.setRoles(input.roles());
        user.setPreferredLanguage(input.preferredLanguage());
        user.setCity(InputRules.trimToNull(input.city()));
        user.setMustChangePassword(mustChangePassword);
        UserSummary created = users.saveAndFlush(user).toSummary();
        events.publishEvent(RecordChanged.of(UserTopics.USER, created.id(), Set.of(), UserTopics.USERS));
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary update(UserChanges changes) {
        AppUser user = load(changes.id());
        user.checkVersion(changes.version());
        InputRules rules = new InputRules();
        checkProfile(rules, changes.fullName(), changes.email(), changes.roles(), changes.preferredLanguage());
        checkCity(rules, changes.city());
        boolean self = user.requireId() == currentUser.requireId();
        if (self && (!changes.enabled() || !changes.roles().contains(Role.ADMIN))) {
            // An administrator cannot lock themselves out; another administrator has to do it.
            rules.reject("roles", "user.cannot-demote-self");
        }
        rules.check();
        UserSummary before = user.toSummary();
        boolean accessEnds = !changes.roles().equals(before.roles()) || (before.enabled() && !changes.enabled());
        user.setFullName(changes.fullName().strip());
        user.setEmail(InputRules.trimToNull(changes.email()));
        user.setRoles(changes.roles());
        user.setEnabled(changes.enabled());
        user.setPreferredLanguage(changes.preferredLanguage());
        user.setCity(InputRules.trimToNull(changes.city()));
        if (accessEnds) {
            sessions.end(user);
        }
        UserSummary after = users.saveAndFlush(user).toSummary();
        events.publishEvent(RecordChanged.of(UserTopics.USER, after.id(), changedFields(before, after),
                UserTopics.USERS));
        return after;
    }

    /** Sets a new password chosen by an administrator, lifts a log-in lock and ends the user's sessions. */
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long userId, @Nullable String newPassword) {
        AppUser user = load(userId);
        InputRules rules = new InputRules();
        PasswordPolicy.check(rules, "password", newPassword, user.getUsername());
        rules.check();
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        sessions.end(user);
        throttle.unlock(user.getUsername());
    }

    /** The user's other sessions end; the one they changed it in carries on. */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(@Nullable String currentPassword, @Nullable String newPassword) {
        AppUser user = load(currentUser.requireId());
        InputRules rules = new InputRules().required("currentPassword", currentPassword);
        if (currentPassword != null && !currentPassword.isEmpty()
                && !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            rules.reject("currentPassword", "password.current-wrong");
        }
        PasswordPolicy.check(rules, "newPassword", newPassword, user.getUsername());
        if (newPassword != null && currentPassword != null && newPassword.equals(currentPassword)) {
            rules.reject("newPassword", "password.same-as-current");
        }
        rules.check();
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setMustChangePassword(false);
        sessions.end(user);
    }

    /** Whether the logged-in user has to choose a new password before using the app (see {@link AppUser}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mustChangeOwnPassword() {
        return users.findById(currentUser.requireId()).map(AppUser::isMustChangePassword).orElse(false);
    }

    @PreAuthorize("isAuthenticated()")
    public void setOwnLanguage(String languageTag) {
        if (!LANGUAGES.contains(languageTag)) {
            throw InvalidInputException.of("language", "validation.invalid-choice");
        }
        load(currentUser.requireId()).setPreferredLanguage(languageTag);
    }

    @PreAuthorize("isAuthenticated()")
    public void setOwnDarkTheme(boolean dark) {
        load(currentUser.requireId()).setDarkTheme(dark);
    }

    private void checkProfile(InputRules rules, @Nullable String fullName, @Nullable String email, Set<Role> roles,
                              @Nullable String language) {
        rules.name("fullName", fullName, AppUser.FULL_NAME_MAX_LENGTH);
        String trimmedEmail = InputRules.trimToNull(email);
        if (trimmedEmail != null) {
            rules.maxLength("email", trimmedEmail, AppUser.EMAIL_MAX_LENGTH);
            if (!EMAIL.matcher(trimmedEmail).matches()) {
                rules.reject("email", "validation.email");
            }
        }
        if (roles.isEmpty()) {
            rules.reject("roles", "user.roles.required");
        }
        if (language != null && !LANGUAGES.contains(language)) {
            rules.reject("language", "validation.invalid-choice");
        }
    }

    private static void checkCity(InputRules rules, @Nullable String city) {
        if (InputRules.trimToNull(city) != null) {
            rules.name("city", city, AppUser.CITY_MAX_LENGTH);
        }
    }

    private static Set<String> changedFields(UserSummary before, UserSummary after) {
        Set<String> fields = new java.util.HashSet<>();
        if (!before.fullName().equals(after.fullName())) {
            fields.add("fullName");
        }
        if (!java.util.Objects.equals(before.email(), after.email())) {
            fields.add("email");
        }
        if (!before.roles().equals(after.roles())) {
            fields.add("roles");
        }
        if (before.enabled() != after.enabled()) {
            fields.add("enabled");
        }
        if (!java.util.Objects.equals(before.preferredLanguage(), after.preferredLanguage())) {
            fields.add("preferredLanguage");
        }
        if (!java.util.Objects.equals(before.city(), after.city())) {
            fields.add("city");
        }
        return fields;
    }

    private AppUser load(long id) {
        return users.findById(id).orElseThrow(() -> InvalidInputException.of("user", "user.not-found"));
    }
}
