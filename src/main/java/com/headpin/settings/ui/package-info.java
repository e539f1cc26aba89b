/** The administrators' company settings screen. */
@NullMarked
package com.headpin.settings.ui;

import org.jspecify.annotations.NullMarked;
