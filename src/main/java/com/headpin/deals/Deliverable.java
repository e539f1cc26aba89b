package com.headpin.deals;

/** One document the proposal stage produces (research report … tender documents). */
public record Deliverable(long id, String name) {
}
