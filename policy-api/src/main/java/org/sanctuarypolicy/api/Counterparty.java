package org.sanctuarypolicy.api;

/** Who would receive the cooperation; for a status inquiry, whoever wants the answer. */
public enum Counterparty {
  /** ICE Enforcement and Removal Operations, CBP, Border Patrol: an immigration authority. */
  FEDERAL_IMMIGRATION_ENFORCEMENT,

  /** ICE Homeland Security Investigations: an immigration authority. */
  FEDERAL_IMMIGRATION_INVESTIGATIONS,

  /** USCIS and its SAVE program. */
  FEDERAL_IMMIGRATION_BENEFITS,

  /** The FBI, DEA, ATF and US Marshals. */
  FEDERAL_LAW_ENFORCEMENT,

  /** The armed forces and a federalized National Guard. */
  MILITARY,

  /** Any other federal agency. */
  OTHER_FEDERAL_AGENCY,

  /** A state or local agency, other city departments included. */
  STATE_OR_LOCAL_AGENCY,

  /** A foreign government, for example a consulate. */
  FOREIGN_GOVERNMENT,

  /** A court. */
  COURT,

  /**
   * The person concerned or, for a minor or a person not legally competent, a parent or guardian.
   * Not a lawyer or a relative: they are {@link #PRIVATE_PARTY}.
   */
  DATA_SUBJECT,

  /**
   * Anyone else: a private person or organisation, a lawyer or a relative of the person included.
   * Status information goes to them only with the person's {@link Authority#WRITTEN_CONSENT}.
   */
  PRIVATE_PARTY,

  /** Not known. */
  UNKNOWN
}
