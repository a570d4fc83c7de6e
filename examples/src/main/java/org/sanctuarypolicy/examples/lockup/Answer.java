package org.sanctuarypolicy.examples.lockup;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.examples.desk.Course;

/**
 * The lockup's answer to a request: the decision, the course taken and every step, in words.
 *
 * @param decision the policy's decision
 * @param course what the desk made of it
 * @param steps what the desk did, one line each
 */
record Answer(Decision decision, Course course, List<String> steps) {
  Answer {
    steps = ImmutableList.copyOf(steps);
  }
}
