package org.sanctuarypolicy.api;

/** A legal instrument the counterparty presents for this request (not one merely on file). */
public enum Authority {
  /**
   * An immigration detainer (I-247A and the like): a hold or notify-of-release request.
   * Non-judicial.
   */
  IMMIGRATION_DETAINER,

  /**
   * A warrant or order signed by an immigration officer or an immigration judge (I-200, I-203,
   * I-205, I-286, NCIC immigration entries). Non-judicial.
   */
  ADMINISTRATIVE_WARRANT,

  /** An administrative subpoena. Non-judicial. */
  ADMINISTRATIVE_SUBPOENA,

  /** A criminal arrest or search warrant signed by a judge on probable cause: judicial process. */
  JUDICIAL_WARRANT,

  /** A court order, judicial subpoena or writ: judicial process. */
  COURT_ORDER,

  /** A specific statute, regulation or treaty that requires the action. */
  STATUTORY_REQUIREMENT,

  /** Written consent signed by the person, or by a parent or guardian. */
  WRITTEN_CONSENT
}
