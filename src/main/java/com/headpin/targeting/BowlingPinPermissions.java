package com.headpin.targeting;

/**
 * What the caller may do on the bowling pin, for its screen to offer only that (the service checks again): choose
 * head pins, look-alikes and the strategy ({@code mayChoosePins}: DIRECTOR or ADMIN) and record showcase evidence for
 * a head pin they see ({@code mayRecordShowcase}: not for RESOURCE).
 */
public record BowlingPinPermissions(boolean mayChoosePins, boolean mayRecordShowcase) {
}
