@NullMarked
package com.headpin.organisation.ui;

import org.jspecify.annotations.NullMarked;
