@NullMarked
package com.headpin.deals.ui;

import org.jspecify.annotations.NullMarked;
