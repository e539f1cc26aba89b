/**
 * Building blocks every module may use: i18n, input errors, common UI pieces.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.headpin.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
