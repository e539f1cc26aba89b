package com.headpin.deals.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.headpin.deals.DealFilter;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealTeamMember;
import com.headpin.organisation.VisibilityScope;
import com.headpin.shared.SearchText;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

/**
 * The visibility rule (deal team counted in) and the list filters as query predicates; the close quarter and account
 * tier need the company calendar and the accounts: {@link DealQueries#matching}.
 */
public final class DealSpecifications {

    private DealSpecifications() {
    }

    /** {@link VisibilityScope#canSee(Long, Long, Long, java.util.Collection)} for deals, in the database. */
    public static Specification<Deal> visibleTo(VisibilityScope scope) {
        return (root, query, cb) -> scope.predicate(cb, root.get("ownerId"), root.get("teamId"),
                root.get("regionId"), users -> onDealTeam(root, query, cb, users));
    }

    /** The user's own deals: those they own and those on whose deal team they are. */
    public static Specification<Deal> involving(long userId) {
        return (root, query, cb) -> cb.or(cb.equal(root.get("ownerId"), userId),
                onDealTeam(root, query, cb, Set.of(userId)));
    }

    /** Deals still being worked on (not won, lost or delayed). */
    public static Specification<Deal> open() {
        return (root, query, cb) -> cb.equal(root.get("outcome"), DealOutcome.OPEN);
    }

    private static Predicate onDealTeam(Root<Deal> root, CriteriaQuery<?> query, CriteriaBuilder cb,
                                        Set<Long> users) {
        Subquery<Long> member = query.subquery(Long.class);
        Root<Deal> same = member.from(Deal.class);
        Join<Deal, DealTeamMember> team = same.join("team");
        return cb.exists(member.select(same.get("id")).where(cb.equal(same.get("id"), root.get("id")),
                team.get("userId").in(users)));
    }

    /** The deal's name contains the text, in any case. */
    public static Specification<Deal> named(SearchText text) {
        return (root, query, cb) -> cb.like(cb.lower(root.get("name")), text.likePattern(), SearchText.ESCAPE);
    }

    public static Specification<Deal> matching(DealFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            SearchText text = SearchText.of(filter.text());
            if (!text.isEmpty()) {
                predicates.add(named(text).toPredicate(root, query, cb));
            }
            if (filter.ownerId() != null) {
                predicates.add(cb.equal(root.get("ownerId"), filter.ownerId()));
            }
            if (filter.accountId() != null) {
                predicates.add(cb.equal(root.get("accountId"), filter.accountId()));
            }
            if (filter.stage() != null) {
                predicates.add(cb.equal(root.get("stage"), filter.stage()));
            }
            if (filter.outcome() != null) {
                predicates.add(cb.equal(root.get("outcome"), filter.outcome()));
            }
            if (filter.teamId() != null) {
                predicates.add(cb.equal(root.get("teamId"), filter.teamId()));
            }
            if (filter.regionId() != null) {
                predicates.add(cb.equal(root.get("regionId"), filter.regionId()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** Expected to close between the two days, both included. */
    public static Specification<Deal> closingBetween(LocalDate from, LocalDate to) {
        return (root, query, cb) -> cb.between(root.get("expectedClose"), from, to);
    }

    /**
     * In a period's numbers: open or delayed and expected to close in it (a delayed deal in the period of its new
     * date), or won and signed in it.
     */
    public static Specification<Deal> inPeriod(Collection<Long> ownerIds, LocalDate from, LocalDate to) {
        return (root, query, cb) -> ownerIds.isEmpty() ? cb.disjunction() : cb.and(root.get("ownerId").in(ownerIds),
                cb.or(cb.and(root.get("outcome").in(DealOutcome.OPEN, DealOutcome.DELAYED),
                                cb.between(root.get("expectedClose"), from, to)),
                        cb.and(cb.equal(root.get("outcome"), DealOutcome.WON),
                                cb.between(root.get("signedOn"), from, to))));
    }

    /** On one of these accounts (none: no deal). */
    public static Specification<Deal> accountIn(Collection<Long> accountIds) {
        return (root, query, cb) -> accountIds.isEmpty() ? cb.disjunction() : root.get("accountId").in(accountIds);
    }
}
