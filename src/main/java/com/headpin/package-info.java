@NullMarked
package com.headpin;

import org.jspecify.annotations.NullMarked;
