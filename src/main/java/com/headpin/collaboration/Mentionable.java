package com.headpin.collaboration;

/** Someone who can see a record and so can be @mentioned in its comments. */
public record Mentionable(long userId, String username, String fullName) {
}
