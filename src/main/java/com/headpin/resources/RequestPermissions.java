package com.headpin.resources;

/**
 * What the caller may do with a deal's requests: ask for people (the deal's rep, the managers above it, an
 * administrator) and assign or decline (the managers above it as directors, an administrator); and the activity a
 * new request starts with (the one of the deal's stage).
 */
public record RequestPermissions(boolean mayRequest, boolean mayAssign, StageActivity suggested) {
}
