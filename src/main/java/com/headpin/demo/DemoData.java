package com.headpin.demo;

/**
 * One module's part of the demo data. At start (with {@code headpin.demo-data=true}) each part that is missing
 * seeds itself, in {@link #order()}, so a module added later brings its demo records into an existing demo
 * database, and a second start seeds nothing.
 */
interface DemoData {

    /** Earlier parts first: later ones build on them (the accounts need the demo users and teams). */
    int order();

    /** Whether this part's records are already there. */
    boolean present();

    /** Runs as an administrator, in one transaction with {@link #present()}: all of the part or nothing. */
    void seed();

    default String name() {
        return getClass().getSimpleName();
    }
}
