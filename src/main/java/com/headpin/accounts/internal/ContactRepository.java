package com.headpin.accounts.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactRepository extends JpaRepository<Contact, Long> {

    List<Contact> findByAccountIdOrderByName(long accountId);

    boolean existsByReportsToId(long contactId);
}
