package com.headpin.workspace;

import com.headpin.shared.Topic;

/** The topics of the workspace. */
public final class WorkspaceTopics {

    /** Everyone with the workspace open: the home view shows who of one's team is online. */
    public static final Topic ONLINE = Topic.of("online");

    private WorkspaceTopics() {
    }
}
