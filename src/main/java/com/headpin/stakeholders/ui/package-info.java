/** The deal page's buying-influence, win-result, map and red-flag panels, and the win-result settings. */
@NullMarked
package com.headpin.stakeholders.ui;

import org.jspecify.annotations.NullMarked;
