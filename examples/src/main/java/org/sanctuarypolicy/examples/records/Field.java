package org.sanctuarypolicy.examples.records;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import com.google.common.collect.Sets;
import org.sanctuarypolicy.api.InformationCategory;

/** A field of a resident's file, and the information category the order knows it by. */
enum Field {
  NAME("name", InformationCategory.IDENTITY),
  DATE_OF_BIRTH("date of birth", InformationCategory.IDENTITY),
  ADDRESS("address", InformationCategory.CONTACT_INFORMATION),
  PHONE("phone", InformationCategory.CONTACT_INFORMATION),
  IMMIGRATION_STATUS("immigration status", InformationCategory.IMMIGRATION_STATUS),
  PLACE_OF_BIRTH("place of birth", InformationCategory.PLACE_OF_BIRTH),
  CUSTODY_STATUS("custody status", InformationCategory.CUSTODY_STATUS),
  RELEASE_DATE("release date", InformationCategory.RELEASE_INFORMATION),
  CRIMINAL_HISTORY("criminal history", InformationCategory.CRIMINAL_HISTORY),
  CASE_NOTES("case notes", InformationCategory.CASE_RECORDS);

  private final String label;
  private final InformationCategory category;

  Field(String label, InformationCategory category) {
    this.label = label;
    this.category = category;
  }

  /** The field's name on the form. */
  String label() {
    return label;
  }

  /** The category of information the field holds. */
  InformationCategory category() {
    return category;
  }

  /** The categories a set of fields holds: what a disclosure of those fields would share. */
  static ImmutableSet<InformationCategory> categories(Iterable<Field> fields) {
    return Sets.immutableEnumSet(Iterables.transform(fields, Field::category));
  }
}
