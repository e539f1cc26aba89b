@NullMarked
package com.headpin.workspace.ui;

import org.jspecify.annotations.NullMarked;
