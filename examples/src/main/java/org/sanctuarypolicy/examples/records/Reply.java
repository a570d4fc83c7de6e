package org.sanctuarypolicy.examples.records;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.examples.desk.Course;

/**
 * The desk's answer to a request: the decision, the course the desk took, what it released or
 * prepared, and every step it took.
 *
 * @param <T> what the desk releases
 */
final class Reply<T> {
  private final Decision decision;
  private final Course course;
  private final @Nullable T release;
  private final ImmutableList<String> steps;

  Reply(Decision decision, Course course, @Nullable T release, List<String> steps) {
    this.decision = decision;
    this.course = course;
    this.release = release;
    this.steps = ImmutableList.copyOf(steps);
  }

  /** The policy's decision. */
  Decision decision() {
    return decision;
  }

  /** What the desk made of the decision. */
  Course course() {
    return course;
  }

  /**
   * What the desk handed over ({@link Course#ACT}) or prepared to hand over once the Law Department
   * confirms the papers ({@link Course#VERIFY_THEN_ACT}); empty otherwise.
   */
  Optional<T> release() {
    return Optional.ofNullable(release);
  }

  /** What the desk did, in words, one step a line. */
  ImmutableList<String> steps() {
    return steps;
  }
}
