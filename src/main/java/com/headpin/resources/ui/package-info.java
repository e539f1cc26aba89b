/** Views of resources: the war-room requests tab, the pool, the assignment board, demand, reports, my assignments. */
@NullMarked
package com.headpin.resources.ui;

import org.jspecify.annotations.NullMarked;
