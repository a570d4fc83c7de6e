package org.sanctuarypolicy.api;

/** A category of information about a person that a disclosure would share. */
public enum InformationCategory {
  /** Citizenship or immigration status: status information. */
  IMMIGRATION_STATUS,

  /** Place of birth, nationality or country of origin: status information. */
  PLACE_OF_BIRTH,

  /** Addresses, telephone numbers and other ways to reach the person. */
  CONTACT_INFORMATION,

  /** Whether and where the person is in custody. */
  CUSTODY_STATUS,

  /** Release date or time, and court dates. */
  RELEASE_INFORMATION,

  /** Name, date of birth, photographs, identifiers and biometrics. */
  IDENTITY,

  /** Criminal history. */
  CRIMINAL_HISTORY,

  /** Other records about the person. */
  CASE_RECORDS,

  /** Counts about no one in particular. */
  AGGREGATE_STATISTICS
}
