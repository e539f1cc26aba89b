/** The forecast module's views: the four numbers, quotas, movement, accuracy, win/loss and the forecast meeting. */
@NullMarked
package com.headpin.forecast.ui;

import org.jspecify.annotations.NullMarked;
