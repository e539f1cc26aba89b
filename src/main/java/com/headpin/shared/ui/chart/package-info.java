/**
 * Charts on Apache ECharts for every module: {@link com.headpin.shared.ui.chart.Chart} with options from Java.
 */
@NullMarked
package com.headpin.shared.ui.chart;

import org.jspecify.annotations.NullMarked;
