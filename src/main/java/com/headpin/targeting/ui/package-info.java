/** Views and components of the module. */
@NullMarked
package com.headpin.targeting.ui;

import org.jspecify.annotations.NullMarked;
