package org.sanctuarypolicy.api;

/** What the city must do when it carries out a decision. */
public enum ObligationType {
  /** Withhold the listed information categories. */
  REDACT,

  /** Have the Law Department confirm that the warrant, order or statute is genuine and applies. */
  VERIFY_AUTHORITY,

  /** Act or disclose only what the warrant, order, statute, consent or excepted purpose covers. */
  LIMIT_TO_AUTHORITY_SCOPE,

  /** Hold the request and refer it to the Law Department. */
  REFER_TO_LAW_DEPARTMENT,

  /** Record the request for the city's reporting duties. */
  DOCUMENT_AND_REPORT,

  /** Decline, but never physically interfere; carried only for a physical action. */
  DO_NOT_OBSTRUCT,

  /** Respond to the emergency; do not secure, escort or support the operation. */
  EMERGENCY_ONLY
}
