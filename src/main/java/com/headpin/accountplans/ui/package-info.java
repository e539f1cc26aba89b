/** Views and components of the module. */
@NullMarked
package com.headpin.accountplans.ui;

import org.jspecify.annotations.NullMarked;
