package com.headpin.accounts;

/** An account as a picker shows it (parent account, look-alikes). */
public record AccountRef(long id, String name) {
}
