/**
 * A dispatch console that asks the order before it sends officers or vehicles to another agency's
 * call.
 *
 * <p>The entry point is {@link org.sanctuarypolicy.examples.dispatch.DispatchDesk}; its {@code
 * main} walks through the console's cases on a compliance record (unit {@code OEMC-DISPATCH}). It
 * refuses perimeters, stand-by, transport and checkpoints for enforcement operations and joint
 * patrols with the military, answers an emergency with units ordered to respond to the emergency
 * only, and, since it cannot hold a call, treats a referral as a refusal. Every reportable decision
 * is on the record before a unit rolls, with what dispatch did; when the record cannot be written,
 * no unit goes.
 */
@NullMarked
package org.sanctuarypolicy.examples.dispatch;

import org.jspecify.annotations.NullMarked;
