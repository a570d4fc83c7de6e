package org.sanctuarypolicy.examples.facilities;

import com.google.common.collect.ImmutableList;
import org.sanctuarypolicy.api.Decision;

/**
 * A booking and where it stands: the request, the policy's decision, its status, and every step the
 * desk took on it.
 *
 * @param request the booking as asked
 * @param decision the policy's decision
 * @param status where the booking stands
 * @param steps what the desk did, in words, oldest first
 */
record Booking(
    BookingRequest request, Decision decision, Booking.Status status, ImmutableList<String> steps) {

  /** Where a booking stands. */
  enum Status {
    /** Booked: the requester may use the space, under the decision's obligations. */
    ACCEPTED,
    /** Waiting for the Law Department to confirm the papers; nobody uses the space until then. */
    AWAITING_VERIFICATION,
    /** Refused: the requester was told why and what would change it. */
    REFUSED,
    /** Held and referred to the Law Department, which decides it. */
    REFERRED
  }

  /** The booking moved to another status, with the step that moved it. */
  Booking then(Status next, String step) {
    return new Booking(
        request, decision, next, ImmutableList.<String>builder().addAll(steps).add(step).build());
  }
}
