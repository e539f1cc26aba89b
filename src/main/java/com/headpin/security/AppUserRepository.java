package com.headpin.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("""
            select u from AppUser u
            where :filter = '' or lower(u.username) like concat('%', :filter, '%')
               or lower(u.fullName) like concat('%', :filter, '%')
            """)
    Page<AppUser> search(@Param("filter") String filter, Pageable pageable);

    List<AppUser> findByEnabledTrueOrderByFullName();

    /** With their roles in the same statement: the eager roles would otherwise be read one user at a time. */
    @EntityGraph(attributePaths = "roles")
    List<AppUser> findByIdIn(Collection<Long> ids);

    /** The credentials version of an enabled user; empty when the user is disabled or gone. */
    @Query("select u.credentialsVersion from AppUser u where u.id = :id and u.enabled = true")
    Optional<Long> findCredentialsVersionOfEnabled(@Param("id") long id);
}
