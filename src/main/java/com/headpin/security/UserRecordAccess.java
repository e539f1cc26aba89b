package com.headpin.security;

import java.util.List;
import java.util.Locale;

import com.headpin.collaboration.Mentionable;
import com.headpin.collaboration.RecordAccess;
import com.headpin.shared.RecordType;
import org.springframework.stereotype.Component;

/** Comments on users are for the administrators who manage them. */
@Component
class UserRecordAccess implements RecordAccess {

    private final AppUserRepository users;
    private final CurrentUser currentUser;

    UserRecordAccess(AppUserRepository users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    public RecordType recordType() {
        return UserTopics.USER;
    }

    @Override
    public boolean canSee(long recordId) {
        return currentUser.has(Role.ADMIN) && users.existsById(recordId);
    }

    @Override
    public String link(long recordId) {
        return "admin/users";
    }

    @Override
    public String name(long recordId, Locale locale) {
        return users.findById(recordId).map(AppUser::getFullName).orElse("");
    }

    @Override
    public List<Mentionable> mentionable(long recordId) {
        return users.findByEnabledTrueOrderByFullName().stream().filter(u -> u.getRoles().contains(Role.ADMIN))
                .map(u -> new Mentionable(u.requireId(), u.getUsername(), u.getFullName())).toList();
    }
}
