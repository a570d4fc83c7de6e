package org.sanctuarypolicy.examples.records;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.Set;

/**
 * A resident's file as the records system holds it: the file number and the value of each field
 * recorded. This is personal data; it stays at the desk and never goes to the policy or the audit
 * log.
 *
 * @param fileNumber the desk's own number for the file
 * @param values the value of each field recorded, in field order
 */
record ResidentRecord(String fileNumber, ImmutableMap<Field, String> values) {
  ResidentRecord {
    values = Maps.immutableEnumMap(values);
  }

  /** The same file with only the given fields: what a release hands over. */
  ResidentRecord only(Set<Field> fields) {
    return new ResidentRecord(
        fileNumber, Maps.immutableEnumMap(Maps.filterKeys(values, fields::contains)));
  }
}
