package com.headpin.accounts;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRepository extends JpaRepository<Contact, Long> {

    List<Contact> findByAccountIdOrderByName(long accountId);

    boolean existsByReportsToId(long contactId);
}
