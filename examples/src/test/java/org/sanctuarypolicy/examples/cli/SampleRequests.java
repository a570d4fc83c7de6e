package org.sanctuarypolicy.examples.cli;

import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

/** Three requests the CLI and service tests share: a DENY, a REDACT and a verified PERMIT. */
final class SampleRequests {
  static final Request HOLD =
      Request.builder()
          .requestId("hold-1")
          .action(Action.HOLD_ON_DETAINER)
          .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
          .purpose(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT)
          .authorities(Authority.IMMIGRATION_DETAINER)
          .build();
  static final Request STATUS =
      Request.builder()
          .requestId("status-2")
          .action(Action.DISCLOSE_INFORMATION)
          .counterparty(Counterparty.STATE_OR_LOCAL_AGENCY)
          .purpose(Purpose.CRIMINAL_INVESTIGATION)
          .information(InformationCategory.IDENTITY, InformationCategory.IMMIGRATION_STATUS)
          .build();
  static final Request GARAGE =
      Request.builder()
          .requestId("garage-3")
          .action(Action.PROVIDE_FACILITY)
          .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
          .authorities(Authority.JUDICIAL_WARRANT)
          .build();

  private SampleRequests() {}
}
