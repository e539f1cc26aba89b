@NullMarked
package com.headpin.shared.ui;

import org.jspecify.annotations.NullMarked;
