package com.headpin.accounts;

import org.jspecify.annotations.Nullable;

/** A contact as search results show it: with the account it belongs to. */
public record ContactRef(long id, String name, @Nullable String title, long accountId, String accountName) {
}
