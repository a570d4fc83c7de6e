package org.sanctuarypolicy.api;

/** What the counterparty says the cooperation is for. */
public enum Purpose {
  /** Enforcement of civil immigration law. */
  CIVIL_IMMIGRATION_ENFORCEMENT,

  /** The investigation of a crime. */
  CRIMINAL_INVESTIGATION,

  /** An imminent threat to life or safety. */
  EMERGENCY_RESPONSE,

  /** The person's own application or request, for example a U-visa certification. */
  SUBJECT_BENEFIT,

  /** The city's lawyers, relevant to a case. */
  LITIGATION,

  /** Ordinary city business. */
  CITY_SERVICE,

  /** No purpose stated. */
  UNKNOWN
}
