package org.sanctuarypolicy.examples.desk;

import org.sanctuarypolicy.api.Counterparty;

/**
 * Who asks the city for something, as a city employee knows them, and the {@link Counterparty} each
 * one is in the order's vocabulary.
 *
 * <p>This mapping is the first step of every enforcement point: the order decides by the kind of
 * agency, never by the label on the badge. ICE's investigations division is an immigration
 * authority like its removal officers; a federalized National Guard is the military.
 */
public enum Agency {
  /** ICE Enforcement and Removal Operations. */
  ICE_ERO("ICE Enforcement and Removal Operations", Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT),
  /** U.S. Customs and Border Protection, Border Patrol included. */
  CBP("U.S. Customs and Border Protection", Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT),
  /** ICE Homeland Security Investigations. */
  ICE_HSI("ICE Homeland Security Investigations", Counterparty.FEDERAL_IMMIGRATION_INVESTIGATIONS),
  /** U.S. Citizenship and Immigration Services. */
  USCIS("U.S. Citizenship and Immigration Services", Counterparty.FEDERAL_IMMIGRATION_BENEFITS),
  /** The Federal Bureau of Investigation. */
  FBI("the FBI", Counterparty.FEDERAL_LAW_ENFORCEMENT),
  /** The U.S. Marshals Service. */
  US_MARSHALS("the U.S. Marshals Service", Counterparty.FEDERAL_LAW_ENFORCEMENT),
  /** The National Guard under federal command, or any other armed force. */
  NATIONAL_GUARD("the federalized National Guard", Counterparty.MILITARY),
  /** The Illinois State Police. */
  STATE_POLICE("the Illinois State Police", Counterparty.STATE_OR_LOCAL_AGENCY),
  /** An agency of the State of Illinois, or another city department. */
  STATE_AGENCY("a State of Illinois agency", Counterparty.STATE_OR_LOCAL_AGENCY),
  /** A foreign consulate. */
  CONSULATE("a foreign consulate", Counterparty.FOREIGN_GOVERNMENT),
  /** A state or federal court, its clerk or its judge. */
  COURT("a court", Counterparty.COURT),
  /** The person concerned, their parent, guardian or lawyer. */
  RESIDENT("the resident, their guardian or their lawyer", Counterparty.DATA_SUBJECT),
  /** A university, a journalist, a community group or any other private party. */
  PRIVATE_PARTY("a private party", Counterparty.PRIVATE_PARTY),
  /** A caller who does not say, or cannot show, who they are. */
  UNIDENTIFIED("an unidentified caller", Counterparty.UNKNOWN);

  private final String label;
  private final Counterparty counterparty;

  Agency(String label, Counterparty counterparty) {
    this.label = label;
    this.counterparty = counterparty;
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
}
