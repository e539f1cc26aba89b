/** Views and components of the module. */
@NullMarked
package com.headpin.planning.ui;

import org.jspecify.annotations.NullMarked;
