package org.sanctuarypolicy.examples.vendor;

import org.sanctuarypolicy.api.InformationCategory;

/** A field of the records the gateway guards, and the information category it holds. */
enum RecordField {
  NAME(InformationCategory.IDENTITY),
  DATE_OF_BIRTH(InformationCategory.IDENTITY),
  HOME_ADDRESS(InformationCategory.CONTACT_INFORMATION),
  PHONE(InformationCategory.CONTACT_INFORMATION),
  CITIZENSHIP_OR_STATUS(InformationCategory.IMMIGRATION_STATUS),
  COUNTRY_OF_BIRTH(InformationCategory.PLACE_OF_BIRTH),
  CUSTODY_STATUS(InformationCategory.CUSTODY_STATUS),
  RELEASE_DATE(InformationCategory.RELEASE_INFORMATION),
  NEXT_COURT_DATE(InformationCategory.RELEASE_INFORMATION),
  RAP_SHEET(InformationCategory.CRIMINAL_HISTORY),
  CASE_FILE(InformationCategory.CASE_RECORDS),
  MONTHLY_COUNTS(InformationCategory.AGGREGATE_STATISTICS);

  private final InformationCategory category;

  RecordField(InformationCategory category) {
    this.category = category;
  }

  /** The category of information the field holds. */
  InformationCategory category() {
    return category;
  }
}
