package org.sanctuarypolicy.examples.facilities;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.examples.desk.Course;
import org.sanctuarypolicy.record.Recorded;

/**
 * A booking and where it stands: the request, the policy's decision and its entry on the compliance
 * record, its status, and every step the desk took on it.
 */
final class Booking {
  /** Where a booking stands. */
  enum Status {
    /** Booked: the requester may use the space, under the decision's obligations. */
    ACCEPTED,
    /** Waiting for the Law Department to confirm the papers; nobody uses the space until then. */
    AWAITING_VERIFICATION,
    /** Refused: the requester was told why and what would change it. */
    REFUSED,
    /** Held and referred to the Law Department, which decides it. */
    REFERRED,
    /**
     * Not booked: the decision could not be put on the compliance record, so nobody uses the space
     * and the booking must be entered again once the record is back.
     */
    NOT_RECORDED
  }

  private final BookingRequest request;
  private final @Nullable Recorded recorded;
  private final Status status;
  private final ImmutableList<String> steps;

  /** A booking; {@code recorded} is null exactly when the status is {@link Status#NOT_RECORDED}. */
  Booking(BookingRequest request, @Nullable Recorded recorded, Status status, List<String> steps) {
    this.request = request;
    this.recorded = recorded;
    this.status = status;
    this.steps = ImmutableList.copyOf(steps);
  }

  /** The booking as asked. */
  BookingRequest request() {
    return request;
  }

  /** The decision and its {@code seq}; empty when it could not be put on the record. */
  Optional<Recorded> recorded() {
    return Optional.ofNullable(recorded);
  }

  /** The policy's decision; empty when it could not be put on the record. */
  Optional<Decision> decision() {
    return recorded().map(Recorded::decision);
  }

  /** The {@code seq} of the decision's entry on the record; empty when it was not recorded. */
  OptionalLong seq() {
    return recorded == null ? OptionalLong.empty() : recorded.seq();
  }

  /** What the desk made of the decision. */
  Course course() {
    return recorded == null ? Course.NOT_RECORDED : Course.of(recorded.decision(), true);
  }

  /** Where the booking stands. */
  Status status() {
    return status;
  }

  /** What the desk did, in words, oldest first. */
  ImmutableList<String> steps() {
    return steps;
  }

  /** The booking moved to another status, with the steps that moved it. */
  Booking then(Status next, List<String> more) {
    return new Booking(
        request,
        recorded,
        next,
        ImmutableList.<String>builder().addAll(steps).addAll(more).build());
  }
}
