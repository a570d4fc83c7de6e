package org.sanctuarypolicy.examples.dispatch;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import java.util.Set;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.examples.desk.Agency;
import org.sanctuarypolicy.examples.desk.Paper;

/**
 * A call for units, as the dispatcher enters it.
 *
 * @param requestId the incident number, also the policy request's id
 * @param from who calls
 * @param task what they want units for
 * @param purpose what they say it is for
 * @param papers the papers they present or cite
 * @param units how many units they ask for, at least one
 */
record DispatchRequest(
    String requestId, Agency from, Task task, Purpose purpose, Set<Paper> papers, int units) {
  DispatchRequest {
    papers = Sets.immutableEnumSet(papers);
    checkArgument(units > 0, "units: %s; allowed: at least 1", units);
  }
}
