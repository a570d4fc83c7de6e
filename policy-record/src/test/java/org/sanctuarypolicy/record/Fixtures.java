package org.sanctuarypolicy.record;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/** Requests, units and keys that the record's tests share. */
final class Fixtures {
  static final String UNIT = "CPD-LOCKUP-018";
  static final Policy CHICAGO = SanctuaryPolicy.chicago();

  private Fixtures() {}

  /** A detainer presented to the lockup: always reportable. */
  static Request detainer(String requestId) {
    return Request.builder()
        .requestId(requestId)
        .action(Action.HOLD_ON_DETAINER)
        .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
        .authorities(Authority.IMMIGRATION_DETAINER)
        .build();
  }

  /** A person asking for their own records for a city service: not reportable. */
  static Request ownRecords(String requestId) {
    return Request.builder()
        .requestId(requestId)
        .action(Action.DISCLOSE_INFORMATION)
        .counterparty(Counterparty.DATA_SUBJECT)
        .purpose(Purpose.SUBJECT_BENEFIT)
        .information(InformationCategory.CONTACT_INFORMATION)
        .build();
  }

  /**
   * Whether DESIGN §11 makes the decision of {@code request} reportable, computed here from the
   * decision's obligations and the request's instruments.
   */
  static boolean reportable(Request request) {
    return CHICAGO.evaluate(request).obligations().stream()
            .anyMatch(o -> o.type() == ObligationType.DOCUMENT_AND_REPORT)
        || request.authorities().contains(Authority.IMMIGRATION_DETAINER)
        || request.authorities().contains(Authority.ADMINISTRATIVE_WARRANT);
  }

  static KeyPair ed25519() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
