package org.sanctuarypolicy.examples.dispatch;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.examples.desk.Course;
import org.sanctuarypolicy.record.Recorded;

/**
 * What dispatch did with a call: the decision and its entry on the compliance record, the course
 * taken, the units sent and the orders they were given, and every step in words.
 */
final class Dispatch {
  private final @Nullable Recorded recorded;
  private final Course course;
  private final ImmutableList<String> units;
  private final ImmutableList<String> orders;
  private final ImmutableList<String> steps;

  /**
   * What dispatch did; {@code recorded} is null exactly when the course is {@link
   * Course#NOT_RECORDED}, and then no unit went.
   */
  Dispatch(
      @Nullable Recorded recorded,
      Course course,
      List<String> units,
      List<String> orders,
      List<String> steps) {
    this.recorded = recorded;
    this.course = course;
    this.units = ImmutableList.copyOf(units);
    this.orders = ImmutableList.copyOf(orders);
    this.steps = ImmutableList.copyOf(steps);
  }

  /** The policy's decision; empty when it could not be put on the record. */
  Optional<Decision> decision() {
    return Optional.ofNullable(recorded).map(Recorded::decision);
  }

  /** The {@code seq} of the decision's entry on the record; empty when it was not recorded. */
  OptionalLong seq() {
    return recorded == null ? OptionalLong.empty() : recorded.seq();
  }

  /** What dispatch made of the decision. */
  Course course() {
    return course;
  }

  /** The call signs sent; empty when none went. */
  ImmutableList<String> units() {
    return units;
  }

  /** What the units were told over the radio. */
  ImmutableList<String> orders() {
    return orders;
  }

  /** What dispatch did, one line each. */
  ImmutableList<String> steps() {
    return steps;
  }
}
