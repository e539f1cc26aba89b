package com.headpin.workspace;

/**
 * A record in the search results: its name, a secondary line that tells it apart (the account of a contact or
 * deal, a deal's stage) and the route that opens it.
 */
public record SearchHit(String title, String detail, String link) {
}
