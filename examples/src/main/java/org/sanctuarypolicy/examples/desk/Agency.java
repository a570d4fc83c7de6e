package org.sanctuarypolicy.examples.desk;

import org.sanctuarypolicy.api.Counterparty;

/**
 * Who asks the city for something, as a city employee knows them, and the {@link Counterparty} each
 * one is in the order's vocabulary.
 *
 * <p>This mapping is the first step of every enforcement point: the order decides by the kind of
 * agency, never by the label on the badge. ICE's investigations division is an immigration
 * authority like its removal officers; a federalized National Guard is the military. Each agency
 * also has the {@linkplain #code code} a compliance record names it by when a person goes into its
 * custody.
 */
public enum Agency {
  /** ICE Enforcement and Removal Operations. */
  ICE_ERO(
      "ICE Enforcement and Removal Operations",
      Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT,
      "ICE-ERO-CHICAGO"),
  /** U.S. Customs and Border Protection, Border Patrol included. */
  CBP("U.S. Customs and Border Protection", Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT, "CBP"),
  /** ICE Homeland Security Investigations. */
  ICE_HSI(
      "ICE Homeland Security Investigations",
      Counterparty.FEDERAL_IMMIGRATION_INVESTIGATIONS,
      "ICE-HSI-CHICAGO"),
  /** U.S. Citizenship and Immigration Services. */
  USCIS(
      "U.S. Citizenship and Immigration Services",
      Counterparty.FEDERAL_IMMIGRATION_BENEFITS,
      "USCIS"),
  /** The Federal Bureau of Investigation. */
  FBI("the FBI", Counterparty.FEDERAL_LAW_ENFORCEMENT, "FBI-CHICAGO"),
  /** The U.S. Marshals Service. */
  US_MARSHALS("the U.S. Marshals Service", Counterparty.FEDERAL_LAW_ENFORCEMENT, "USMS-NDIL"),
  /** The National Guard under federal command, or any other armed force. */
  NATIONAL_GUARD("the federalized National Guard", Counterparty.MILITARY, "NATIONAL-GUARD"),
  /** The Illinois State Police. */
  STATE_POLICE(
      "the Illinois State Police", Counterparty.STATE_OR_LOCAL_AGENCY, "ILLINOIS-STATE-POLICE"),
  /** The Cook County Sheriff, who runs the county jail. */
  COUNTY_SHERIFF(
      "the Cook County Sheriff", Counterparty.STATE_OR_LOCAL_AGENCY, "COOK-COUNTY-SHERIFF"),
  /** An agency of the State of Illinois, or another city department. */
  STATE_AGENCY(
      "a State of Illinois agency", Counterparty.STATE_OR_LOCAL_AGENCY, "STATE-OF-ILLINOIS"),
  /** A foreign consulate. */
  CONSULATE("a foreign consulate", Counterparty.FOREIGN_GOVERNMENT, "FOREIGN-CONSULATE"),
  /** A state or federal court, its clerk or its judge. */
  COURT("a court", Counterparty.COURT, "COURT"),
  /**
   * The person concerned or, for a minor or a person not legally competent, their parent or
   * guardian. Not their lawyer or a relative: those are {@link #PRIVATE_PARTY}.
   */
  RESIDENT("the resident, or their parent or guardian", Counterparty.DATA_SUBJECT, "RESIDENT"),
  /**
   * A lawyer, a relative, a university, a journalist, a community group or any other private party.
   * Status information goes to them only with the person's written consent.
   */
  PRIVATE_PARTY(
      "a private party (a lawyer or a relative included)",
      Counterparty.PRIVATE_PARTY,
      "PRIVATE-PARTY"),
  /** A caller who does not say, or cannot show, who they are. */
  UNIDENTIFIED("an unidentified caller", Counterparty.UNKNOWN, "UNIDENTIFIED");

  private final String label;
  private final Counterparty counterparty;
  private final String code;

  Agency(String label, Counterparty counterparty, String code) {
    this.label = label;
    this.counterparty = counterparty;
    this.code = code;
  }

  /**
   * The agency's name in words.
   *
   * @return for example "ICE Homeland Security Investigations"
   */
  public String label() {
    return label;
  }

  /**
   * The agency in the order's vocabulary.
   *
   * @return its counterparty
   */
  public Counterparty counterparty() {
    return counterparty;
  }

  /**
   * The code the compliance record names the agency by when a person goes into its custody (5 ILCS
   * 805/25 asks "to which governmental agency's custody"): 1 to 64 characters of {@code A-Z},
   * {@code 0-9} and {@code -}.
   *
   * @return for example "COOK-COUNTY-SHERIFF"
   */
  public String code() {
    return code;
  }
}
