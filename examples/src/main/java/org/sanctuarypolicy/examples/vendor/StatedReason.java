package org.sanctuarypolicy.examples.vendor;

import org.sanctuarypolicy.api.Purpose;

/** What the requester says the request is for, as the intake screen offers it. */
enum StatedReason {
  IMMIGRATION_CASE(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT),
  CRIMINAL_CASE(Purpose.CRIMINAL_INVESTIGATION),
  EMERGENCY(Purpose.EMERGENCY_RESPONSE),
  RESIDENTS_OWN_APPLICATION(Purpose.SUBJECT_BENEFIT),
  CITY_LITIGATION(Purpose.LITIGATION),
  CITY_BUSINESS(Purpose.CITY_SERVICE),
  NOT_STATED(Purpose.UNKNOWN);

  private final Purpose purpose;

  StatedReason(Purpose purpose) {
    this.purpose = purpose;
  }

  /** The purpose, in the order's vocabulary. */
  Purpose purpose() {
    return purpose;
  }
}
