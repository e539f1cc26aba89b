package com.headpin.security;

/**
 * Broadcast to every node: the log-ins of {@code userId} made with a credentials version older than
 * {@code credentialsVersion} have ended. Its type name travels between nodes: never rename it.
 */
record SessionsEnded(long userId, long credentialsVersion) {
}
