package org.sanctuarypolicy.examples.records;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.examples.desk.Course;
import org.sanctuarypolicy.record.Recorded;

/**
 * The desk's answer to a request: the decision and its entry on the compliance record, the course
 * the desk took, what it released or prepared, and every step it took.
 *
 * @param <T> what the desk releases
 */
final class Reply<T> {
  private final @Nullable Recorded recorded;
  private final Course course;
  private final @Nullable T release;
  private final ImmutableList<String> steps;

  /**
   * A reply; {@code recorded} is null exactly when the course is {@link Course#NOT_RECORDED}, and
   * then nothing is released.
   */
  Reply(@Nullable Recorded recorded, Course course, @Nullable T release, List<String> steps) {
    this.recorded = recorded;
    this.course = course;
    this.release = release;
    this.steps = ImmutableList.copyOf(steps);
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
    return course;
  }

  /**
   * What the desk handed over ({@link Course#ACT}, or {@link Course#VERIFY_THEN_ACT} once the Law
   * Department confirmed the papers) or prepared to hand over once it confirms them; empty
   * otherwise.
   */
  Optional<T> release() {
    return Optional.ofNullable(release);
  }

  /** What the desk did, in words, one step a line. */
  ImmutableList<String> steps() {
    return steps;
  }
}
