package org.sanctuarypolicy.examples.vendor;

/** What the gateway did with a request. */
enum Outcome {
  /** Done: the fields are released, or the request is approved. */
  APPROVED,
  /** Approved once counsel confirms the attached papers are genuine and apply; until then held. */
  APPROVED_AFTER_VERIFICATION,
  /** Refused: nothing released, nothing done; the requester is told why. */
  REFUSED,
  /** Held and sent to counsel: nothing released or done until counsel answers. */
  REFERRED_TO_COUNSEL
}
