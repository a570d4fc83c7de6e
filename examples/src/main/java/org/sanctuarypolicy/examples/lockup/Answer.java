package org.sanctuarypolicy.examples.lockup;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.examples.desk.Course;
import org.sanctuarypolicy.record.Recorded;

/**
 * The lockup's answer to a request: the decision and its entry on the compliance record, the course
 * taken and every step, in words.
 */
final class Answer {
  private final @Nullable Recorded recorded;
  private final Course course;
  private final ImmutableList<String> steps;

  /**
   * An answer; {@code recorded} is null exactly when the course is {@link Course#NOT_RECORDED}, and
   * then the lockup did nothing on the request.
   */
  Answer(@Nullable Recorded recorded, Course course, List<String> steps) {
    this.recorded = recorded;
    this.course = course;
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

  /** What the desk made of the decision. */
  Course course() {
    return course;
  }

  /** What the desk did, one line each. */
  ImmutableList<String> steps() {
    return steps;
  }
}
