package com.headpin.accounts.internal;

import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.Tier;

import java.util.ArrayList;
import java.util.List;

import com.headpin.organisation.VisibilityScope;
import com.headpin.shared.SearchText;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/** The visibility rule and the list filters as query predicates: filtering happens in the database. */
public final class AccountSpecifications {

    private AccountSpecifications() {
    }

    /** {@link VisibilityScope#canSee} as a predicate: by owner, else team, else region, else the owner's place. */
    public static Specification<Account> visibleTo(VisibilityScope scope) {
        return (root, query, cb) -> scope.predicate(cb, root.get("ownerId"), root.get("teamId"), root.get("regionId"));
    }

    /** Accounts whose name or other-script name, in lower case, is one of {@code lowerCaseNames}. */
    public static Specification<Account> namedAnyOf(java.util.Collection<String> lowerCaseNames) {
        return (root, query, cb) -> cb.or(cb.lower(root.get("name")).in(lowerCaseNames),
                cb.lower(root.get("altName")).in(lowerCaseNames));
    }

    /** The name or the other-script name contains the text, in any case. */
    public static Specification<Account> named(SearchText text) {
        return (root, query, cb) -> cb.or(
                cb.like(cb.lower(root.get("name")), text.likePattern(), SearchText.ESCAPE),
                cb.like(cb.lower(root.get("altName")), text.likePattern(), SearchText.ESCAPE));
    }

    public static Specification<Account> matching(AccountFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            SearchText text = SearchText.of(filter.text());
            if (!text.isEmpty()) {
                predicates.add(named(text).toPredicate(root, query, cb));
            }
            if (filter.tier() != null) {
                Expression<Tier> effective = cb.coalesce(root.get("tierOverride"), root.get("tier"));
                predicates.add(cb.equal(effective, filter.tier()));
            }
            if (filter.industry() != null) {
                predicates.add(cb.equal(root.get("industry"), filter.industry()));
            }
            if (filter.ownerId() != null) {
                predicates.add(cb.equal(root.get("ownerId"), filter.ownerId()));
            }
            if (filter.funnelPosition() != null) {
                predicates.add(cb.equal(root.get("funnelPosition"), filter.funnelPosition()));
            }
            if (filter.minFitScore() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("fitScore"),
                        java.math.BigDecimal.valueOf(filter.minFitScore())));
            }
            if (!filter.includeNotPursuing()) {
                predicates.add(cb.isFalse(root.get("notPursuing")));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
