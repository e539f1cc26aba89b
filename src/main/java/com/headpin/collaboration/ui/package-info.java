/** Reusable live components: presence avatars, field indicators, conflict dialog, comments, timeline, bell. */
@NullMarked
@NamedInterface("ui")
package com.headpin.collaboration.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
