package org.sanctuarypolicy.examples.records;

import com.google.common.collect.Sets;
import java.util.Set;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.examples.desk.Agency;
import org.sanctuarypolicy.examples.desk.Paper;

/**
 * A request for fields of a resident's file, as the desk's intake form records it.
 *
 * @param requestId the desk's ticket number, also the policy request's id
 * @param requester who asks
 * @param purpose what they say it is for
 * @param papers the papers they present with this request
 * @param fileNumber the file asked for
 * @param fields the fields asked for, at least one
 */
record RecordsRequest(
    String requestId,
    Agency requester,
    Purpose purpose,
    Set<Paper> papers,
    String fileNumber,
    Set<Field> fields) {
  RecordsRequest {
    papers = Sets.immutableEnumSet(papers);
    fields = Sets.immutableEnumSet(fields);
  }
}
