@NullMarked
package com.headpin.accounts.ui;

import org.jspecify.annotations.NullMarked;
