package org.sanctuarypolicy.examples.vendor;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Set;

/**
 * What the gateway answers a request.
 *
 * @param ticket the request's ticket number
 * @param outcome what it did
 * @param released the fields it releases (once verified, for {@link
 *     Outcome#APPROVED_AFTER_VERIFICATION}); empty when it refused, referred, or nothing was asked
 * @param withheld the fields asked for that it keeps back from a release it approved; empty
 *     otherwise
 * @param notes what staff must do and why, in plain words
 */
record GatewayReply(
    String ticket,
    Outcome outcome,
    Set<RecordField> released,
    Set<RecordField> withheld,
    List<String> notes) {
  GatewayReply {
    released = Sets.immutableEnumSet(released);
    withheld = Sets.immutableEnumSet(withheld);
    notes = ImmutableList.copyOf(notes);
  }
}
