/**
 * A facilities booking desk that asks the order before it lets anyone use a city lot, garage or
 * room.
 *
 * <p>The entry point is {@link org.sanctuarypolicy.examples.facilities.FacilitiesDesk}; its {@code
 * main} walks through the desk's cases on a compliance record (unit {@code 2FM-FACILITIES}). It
 * refuses staging, processing or an operations base for immigration enforcement, accepts use of a
 * public lobby, and holds a booking made under a judicial warrant until the Law Department confirms
 * the warrant, then accepts it within the warrant's scope. Every reportable decision is on the
 * record before anyone moves in, with what the desk did (declined, referred, acted); when the
 * record cannot be written, nothing is booked.
 */
@NullMarked
package org.sanctuarypolicy.examples.facilities;

import org.jspecify.annotations.NullMarked;
