package com.headpin.accounts;

/**
 * A contact is being deleted: published inside the deleting transaction, before the row goes, so that modules
 * holding references to it (plan relationships) remove them in the same transaction with a plain
 * {@code @EventListener}. A failing listener rolls the delete back.
 */
public record ContactDeleted(long contactId, long accountId) {
}
