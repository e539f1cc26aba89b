/** Entities, repositories and the capacity arithmetic of resources; no other module uses them. */
@NullMarked
package com.headpin.resources.internal;

import org.jspecify.annotations.NullMarked;
