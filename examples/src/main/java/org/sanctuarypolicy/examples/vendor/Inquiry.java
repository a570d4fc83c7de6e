package org.sanctuarypolicy.examples.vendor;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import java.util.Set;

/**
 * A request as the gateway's intake screen records it.
 *
 * @param ticket the gateway's ticket number; also the policy request's id
 * @param requester who asks
 * @param reason what they say it is for
 * @param attachments the papers attached to this request (not papers merely on file)
 * @param ask what they ask the city to do
 * @param fields the record fields asked for: at least one for {@link Ask#RELEASE_RECORDS}, none
 *     otherwise
 * @param publicSpace for {@link Ask#USE_SPACE}, whether the space is open to every member of the
 *     public on equal terms; false otherwise
 */
record Inquiry(
    String ticket,
    Requester requester,
    StatedReason reason,
    Set<Attachment> attachments,
    Ask ask,
    Set<RecordField> fields,
    boolean publicSpace) {
  Inquiry {
    attachments = Sets.immutableEnumSet(attachments);
    fields = Sets.immutableEnumSet(fields);
    checkArgument(
        (ask == Ask.RELEASE_RECORDS) != fields.isEmpty(),
        "fields: %s; allowed: at least one field to release records, none otherwise",
        fields);
    checkArgument(
        ask == Ask.USE_SPACE || !publicSpace,
        "publicSpace: true; allowed: only when the request asks to use a space");
  }
}
