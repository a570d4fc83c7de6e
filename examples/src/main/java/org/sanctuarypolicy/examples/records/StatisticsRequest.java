package org.sanctuarypolicy.examples.records;

import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.examples.desk.Agency;

/**
 * A request for counts about the files, about no one in particular.
 *
 * @param requestId the desk's ticket number, also the policy request's id
 * @param requester who asks
 * @param purpose what they say it is for
 */
record StatisticsRequest(String requestId, Agency requester, Purpose purpose) {}
