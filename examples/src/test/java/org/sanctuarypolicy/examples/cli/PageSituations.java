package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.List;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

/**
 * The situations the decision page's tests describe: the four desks' typical ones (DENY each), and
 * a few that end otherwise, each as a request and as the form a clerk would send.
 */
final class PageSituations {
  /** A situation: a name for the test report, and the request the form describes. */
  record Situation(String name, Request request) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Records desk: ICE asks for a person's home address. */
  static final Situation RECORDS_ADDRESS =
      new Situation(
          "records: ICE asks for an address",
          Request.builder()
              .requestId("t-records")
              .action(Action.DISCLOSE_INFORMATION)
              .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
              .information(InformationCategory.CONTACT_INFORMATION)
              .build());

  /** Facilities desk: ICE asks for a city lot as a staging area. */
  static final Situation FACILITIES_LOT =
      new Situation(
          "facilities: ICE asks for a city lot as a staging area",
          Request.builder()
              .requestId("t-facilities")
              .action(Action.PROVIDE_FACILITY)
              .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
              .purpose(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT)
              .facilityArea(FacilityArea.NON_PUBLIC)
              .build());

  /** Lockup: ICE asks to hold a person on a detainer (form I-247A). */
  static final Situation LOCKUP_DETAINER =
      new Situation(
          "lockup: ICE asks to hold a person on a detainer",
          Request.builder()
              .requestId("t-lockup")
              .action(Action.HOLD_ON_DETAINER)
              .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
              .authorities(Authority.IMMIGRATION_DETAINER)
              .build());

  /** Dispatch: ICE asks for officers to hold a perimeter around a raid. */
  static final Situation DISPATCH_PERIMETER =
      new Situation(
          "dispatch: ICE asks for officers for a perimeter",
          Request.builder()
              .requestId("t-dispatch")
              .action(Action.COMMIT_RESOURCES)
              .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
              .purpose(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT)
              .build());

  /** The four desks' typical situations. */
  static final ImmutableList<Situation> DESKS =
      ImmutableList.of(RECORDS_ADDRESS, FACILITIES_LOT, LOCKUP_DETAINER, DISPATCH_PERIMETER);

  /** Situations that end otherwise: a PERMIT with steps, a REDACT, an ESCALATE, an ungoverned. */
  static final ImmutableList<Situation> OTHERS =
      ImmutableList.of(
          new Situation(
              "lockup: ICE brings a warrant signed by a judge to take custody",
              Request.builder()
                  .requestId("t-warrant")
                  .action(Action.TRANSFER_CUSTODY)
                  .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .authorities(Authority.JUDICIAL_WARRANT)
                  .build()),
          new Situation(
              "records: state police ask for identity and status in a criminal case",
              Request.builder()
                  .requestId("t-redact")
                  .action(Action.DISCLOSE_INFORMATION)
                  .counterparty(Counterparty.STATE_OR_LOCAL_AGENCY)
                  .purpose(Purpose.CRIMINAL_INVESTIGATION)
                  .information(InformationCategory.IDENTITY, InformationCategory.IMMIGRATION_STATUS)
                  .build()),
          new Situation(
              "records: the FBI asks for criminal history without a reason",
              Request.builder()
                  .requestId("t-fbi")
                  .action(Action.DISCLOSE_INFORMATION)
                  .counterparty(Counterparty.FEDERAL_LAW_ENFORCEMENT)
                  .information(InformationCategory.CRIMINAL_HISTORY)
                  .build()),
          new Situation(
              "facilities: ICE attends a public hearing in the lobby",
              Request.builder()
                  .requestId("t-lobby")
                  .actor(Actor.CITY_CONTRACTOR)
                  .action(Action.PROVIDE_FACILITY)
                  .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(Purpose.CITY_SERVICE)
                  .facilityArea(FacilityArea.PUBLIC)
                  .build()),
          new Situation(
              "a resident asks for their own case records",
              Request.builder()
                  .requestId("t-resident")
                  .action(Action.DISCLOSE_INFORMATION)
                  .counterparty(Counterparty.DATA_SUBJECT)
                  .purpose(Purpose.SUBJECT_BENEFIT)
                  .information(InformationCategory.CASE_RECORDS)
                  .authorities(Authority.WRITTEN_CONSENT)
                  .build()));

  private PageSituations() {}

  /**
   * The form a clerk sends for a request, as {@code application/x-www-form-urlencoded}: the wire
   * names, every field given, the "nothing" box when no paper was shown. Written here, not with the
   * page's own code, so that the tests check the page against the wire format.
   */
  static String form(Request request) {
    List<String> pairs = new ArrayList<>();
    pairs.add(pair("counterparty", request.counterparty().name()));
    pairs.add(pair("action", request.action().name()));
    request.information().forEach(c -> pairs.add(pair("information", c.name())));
    request.facilityArea().ifPresent(a -> pairs.add(pair("facilityArea", a.name())));
    request.authorities().forEach(a -> pairs.add(pair("authorities", a.name())));
    if (request.authorities().isEmpty()) {
      pairs.add(pair("authorities", ""));
    }
    pairs.add(pair("purpose", request.purpose().name()));
    pairs.add(pair("actor", request.actor().name()));
    return String.join("&", pairs);
  }

  private static String pair(String name, String value) {
    return URLEncoder.encode(name, UTF_8) + "=" + URLEncoder.encode(value, UTF_8);
  }
}
