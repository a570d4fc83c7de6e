package org.sanctuarypolicy.examples.vendor;

import org.sanctuarypolicy.api.Authority;

/** A paper attached to a request, as the intake clerk ticks it off. */
enum Attachment {
  DETAINER("an immigration detainer (I-247A)", Authority.IMMIGRATION_DETAINER),
  ICE_WARRANT(
      "a warrant signed by an immigration officer (I-200, I-205)",
      Authority.ADMINISTRATIVE_WARRANT),
  /** Immigration courts are executive agencies: their judges' orders are not judicial process. */
  IMMIGRATION_JUDGE_ORDER("an order of an immigration judge", Authority.ADMINISTRATIVE_WARRANT),
  ADMINISTRATIVE_SUBPOENA("an administrative subpoena", Authority.ADMINISTRATIVE_SUBPOENA),
  JUDICIAL_WARRANT("a warrant signed by a judge", Authority.JUDICIAL_WARRANT),
  COURT_ORDER("a court order, judicial subpoena or writ", Authority.COURT_ORDER),
  STATUTE("a statute, regulation or treaty that requires it", Authority.STATUTORY_REQUIREMENT),
  SIGNED_CONSENT("the resident's signed consent", Authority.WRITTEN_CONSENT);

  private final String label;
  private final Authority authority;

  Attachment(String label, Authority authority) {
    this.label = label;
    this.authority = authority;
  }

  /** The paper in words. */
  String label() {
    return label;
  }

  /** The legal instrument it is, in the order's vocabulary. */
  Authority authority() {
    return authority;
  }
}
