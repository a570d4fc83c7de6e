package org.sanctuarypolicy.examples.vendor;

import org.sanctuarypolicy.api.Counterparty;

/** Who sends a request through the gateway, as its intake screen lists them. */
enum Requester {
  ICE_ERO("ICE Enforcement and Removal Operations", Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT),
  CBP("U.S. Customs and Border Protection", Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT),
  ICE_HSI("ICE Homeland Security Investigations", Counterparty.FEDERAL_IMMIGRATION_INVESTIGATIONS),
  USCIS("U.S. Citizenship and Immigration Services", Counterparty.FEDERAL_IMMIGRATION_BENEFITS),
  FEDERAL_POLICE(
      "a federal police agency (FBI, DEA, ATF, Marshals)", Counterparty.FEDERAL_LAW_ENFORCEMENT),
  ARMED_FORCES("the armed forces or a federalized National Guard", Counterparty.MILITARY),
  OTHER_FEDERAL("another federal agency", Counterparty.OTHER_FEDERAL_AGENCY),
  STATE_OR_LOCAL(
      "a state or local agency, or another city department", Counterparty.STATE_OR_LOCAL_AGENCY),
  CONSULATE("a foreign consulate", Counterparty.FOREIGN_GOVERNMENT),
  COURT("a court, its clerk or its judge", Counterparty.COURT),
  RESIDENT(
      "the resident, or the parent or guardian of a minor or of a person not legally competent",
      Counterparty.DATA_SUBJECT),
  PRIVATE_PARTY(
      "a private party, a lawyer or a relative included (status only with written consent)",
      Counterparty.PRIVATE_PARTY),
  UNIDENTIFIED("a requester who does not say who they are", Counterparty.UNKNOWN);

  private final String label;
  private final Counterparty counterparty;

  Requester(String label, Counterparty counterparty) {
    this.label = label;
    this.counterparty = counterparty;
  }

  /** The requester in words. */
  String label() {
    return label;
  }

  /** The kind of agency, in the order's vocabulary: the order decides by kind, not by badge. */
  Counterparty counterparty() {
    return counterparty;
  }

  /** Whether the requester enforces or investigates immigration law (USCIS does neither). */
  boolean immigrationAgency() {
    return counterparty == Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT
        || counterparty == Counterparty.FEDERAL_IMMIGRATION_INVESTIGATIONS;
  }
}
