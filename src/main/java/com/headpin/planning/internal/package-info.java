/** Entities, repositories and the planner's computation: internal, not for other modules. */
@NullMarked
package com.headpin.planning.internal;

import org.jspecify.annotations.NullMarked;
