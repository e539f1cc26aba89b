/** Entities, repositories and rules of the module: internal, not for other modules. */
@NullMarked
package com.headpin.forecast.internal;

import org.jspecify.annotations.NullMarked;
