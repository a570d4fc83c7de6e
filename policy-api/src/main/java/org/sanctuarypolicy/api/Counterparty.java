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

  /** The person concerned, or their parent, guardian or lawyer. */
  DATA_SUBJECT,

  /** A private person or organisation. */
  PRIVATE_PARTY,

  /** Not known. */
  UNKNOWN
}
