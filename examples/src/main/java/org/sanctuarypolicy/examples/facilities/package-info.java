/**
 * A facilities booking desk that asks the order before it lets anyone use a city lot, garage or
 * room.
 *
 * <p>The entry point is {@link org.sanctuarypolicy.examples.facilities.FacilitiesDesk}; its {@code
 * main} walks through the desk's cases. It refuses staging, processing or an operations base for
 * immigration enforcement, accepts use of a public lobby with a report entry, and holds a booking
 * made under a judicial warrant until the Law Department confirms the warrant, then accepts it
 * within the warrant's scope.
 */
@NullMarked
package org.sanctuarypolicy.examples.facilities;

import org.jspecify.annotations.NullMarked;
