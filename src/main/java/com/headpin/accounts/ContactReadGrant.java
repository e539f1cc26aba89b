package com.headpin.accounts;

/**
 * Lets another module vouch that the caller may read an account's contacts without seeing the account itself: a
 * consultant on a deal's team sees the deal's buying influences (contacts of an account placed elsewhere). Read only:
 * changing contacts still needs the account. A Spring bean; any grant suffices.
 */
public interface ContactReadGrant {

    boolean mayReadContacts(long accountId);
}
