package com.headpin.security;

import java.util.List;

import com.headpin.collaboration.Mentionable;
import com.headpin.collaboration.People;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The active users, as comments recognise the people they name. */
@Component
class ActivePeople implements People {

    private final AppUserRepository users;

    ActivePeople(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Mentionable> active() {
        return users.findByEnabledTrueOrderByFullName().stream()
                .map(u -> new Mentionable(u.requireId(), u.getUsername(), u.getFullName())).toList();
    }
}
