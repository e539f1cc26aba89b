/** Log-in, password and user administration screens; the shell reuses the password dialog. */
@NullMarked
@NamedInterface("ui")
package com.headpin.security.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
