package org.sanctuarypolicy.examples.facilities;

import com.google.common.collect.Sets;
import java.util.Set;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.examples.desk.Agency;
import org.sanctuarypolicy.examples.desk.Paper;

/**
 * A booking as the facilities system takes it in.
 *
 * @param bookingId the booking number, also the policy request's id
 * @param requester who wants the space
 * @param space the space
 * @param use what they will do there, in their words (staging, processing, a meeting...)
 * @param purpose what they say it is for
 * @param papers the papers they present with the booking
 */
record BookingRequest(
    String bookingId,
    Agency requester,
    Space space,
    String use,
    Purpose purpose,
    Set<Paper> papers) {
  BookingRequest {
    papers = Sets.immutableEnumSet(papers);
  }
}
