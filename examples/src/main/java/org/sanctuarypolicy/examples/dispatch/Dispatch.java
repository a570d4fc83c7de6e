package org.sanctuarypolicy.examples.dispatch;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.examples.desk.Course;

/**
 * What dispatch did with a call: the decision, the course taken, the units sent and the orders they
 * were given, and every step in words.
 *
 * @param decision the policy's decision
 * @param course what dispatch made of it
 * @param units the call signs sent; empty when none went
 * @param orders what the units were told over the radio
 * @param steps what dispatch did, one line each
 */
record Dispatch(
    Decision decision, Course course, List<String> units, List<String> orders, List<String> steps) {
  Dispatch {
    units = ImmutableList.copyOf(units);
    orders = ImmutableList.copyOf(orders);
    steps = ImmutableList.copyOf(steps);
  }
}
