package org.sanctuarypolicy.examples.lockup;

import com.google.common.collect.Sets;
import java.util.Set;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.examples.desk.Agency;
import org.sanctuarypolicy.examples.desk.Paper;

/**
 * A request that reaches the lockup desk about a person in custody: a fax, a call, agents at the
 * door.
 *
 * @param requestId the desk's log number, also the policy request's id
 * @param from who asks
 * @param ask what they ask for
 * @param purpose what they say it is for
 * @param papers the papers they present with this request
 * @param bookingNumber whom it is about
 */
record LockupRequest(
    String requestId,
    Agency from,
    Ask ask,
    Purpose purpose,
    Set<Paper> papers,
    String bookingNumber) {
  LockupRequest {
    papers = Sets.immutableEnumSet(papers);
  }
}
