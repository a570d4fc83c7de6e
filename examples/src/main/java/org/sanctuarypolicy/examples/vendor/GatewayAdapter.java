package org.sanctuarypolicy.examples.vendor;

import com.google.common.collect.Iterables;
import com.google.common.collect.Sets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.testkit.CertificationAdapter;
import org.sanctuarypolicy.testkit.Observation;

/**
 * The vendor's side of certification: puts the gateway in the situation a scenario's request
 * describes, in the gateway's own terms, and reports what it did as an {@link Observation}.
 *
 * <p>The request's actor picks the installation (a department's, a contractor's or a sister
 * agency's gateway); the counterparty, purpose, papers, action and categories become the intake
 * screen's requester, stated reason, attachments, request type and record fields (every field of
 * each category asked for). The gateway's outcome gives the effect, and the fields it kept back
 * from a release it approved give the redacted categories.
 */
final class GatewayAdapter implements CertificationAdapter {
  private final Map<Installation, Gateway> installations = new EnumMap<>(Installation.class);

  /**
   * An adapter over one installation of a gateway per kind of operator.
   *
   * @param install installs the gateway for an operator
   */
  GatewayAdapter(Function<Installation, Gateway> install) {
    for (Installation installation : Installation.values()) {
      installations.put(installation, install.apply(installation));
    }
  }

  /** The current gateway, as the vendor ships it. */
  static GatewayAdapter current() {
    return new GatewayAdapter(installation -> RecordsGateway.installedAt(installation)::handle);
  }

  /** Release 2.x, with its two shortcuts. */
  static GatewayAdapter legacy() {
    return new GatewayAdapter(
        installation -> LegacyRecordsGateway.installedAt(installation)::handle);
  }

  @Override
  public Observation decide(Request request) {
    // The constructor installs a gateway for every installation.
    Gateway gateway = Objects.requireNonNull(installations.get(installation(request.actor())));
    GatewayReply reply = gateway.handle(inquiry(request));
    return observation(reply);
  }

  /** The scenario's request as the gateway's intake screen records it. */
  static Inquiry inquiry(Request request) {
    return new Inquiry(
        request.requestId(),
        requester(request.counterparty()),
        reason(request.purpose()),
        request.authorities().stream()
            .map(GatewayAdapter::attachment)
            .collect(Sets.toImmutableEnumSet()),
        ask(request.action()),
        request.information().stream()
            .flatMap(category -> fields(category).stream())
            .collect(Sets.toImmutableEnumSet()),
        request.facilityArea().orElse(FacilityArea.NON_PUBLIC) == FacilityArea.PUBLIC);
  }

  /** What the gateway did, as certification looks at it. */
  static Observation observation(GatewayReply reply) {
    Effect effect =
        switch (reply.outcome()) {
          case APPROVED, APPROVED_AFTER_VERIFICATION -> Effect.PERMIT;
          case REFUSED -> Effect.DENY;
          case REFERRED_TO_COUNSEL -> Effect.ESCALATE;
        };
    return Observation.of(effect, Iterables.transform(reply.withheld(), RecordField::category));
  }

  private static Installation installation(Actor actor) {
    return switch (actor) {
      case CITY_DEPARTMENT -> Installation.CITY_DEPARTMENT;
      case CITY_CONTRACTOR -> Installation.CITY_CONTRACTOR;
      case SISTER_AGENCY -> Installation.SISTER_AGENCY;
    };
  }

  private static Requester requester(Counterparty counterparty) {
    return switch (counterparty) {
      case FEDERAL_IMMIGRATION_ENFORCEMENT -> Requester.ICE_ERO;
      case FEDERAL_IMMIGRATION_INVESTIGATIONS -> Requester.ICE_HSI;
      case FEDERAL_IMMIGRATION_BENEFITS -> Requester.USCIS;
      case FEDERAL_LAW_ENFORCEMENT -> Requester.FEDERAL_POLICE;
      case MILITARY -> Requester.ARMED_FORCES;
      case OTHER_FEDERAL_AGENCY -> Requester.OTHER_FEDERAL;
      case STATE_OR_LOCAL_AGENCY -> Requester.STATE_OR_LOCAL;
      case FOREIGN_GOVERNMENT -> Requester.CONSULATE;
      case COURT -> Requester.COURT;
      case DATA_SUBJECT -> Requester.RESIDENT;
      case PRIVATE_PARTY -> Requester.PRIVATE_PARTY;
      case UNKNOWN -> Requester.UNIDENTIFIED;
    };
  }

  private static StatedReason reason(Purpose purpose) {
    return switch (purpose) {
      case CIVIL_IMMIGRATION_ENFORCEMENT -> StatedReason.IMMIGRATION_CASE;
      case CRIMINAL_INVESTIGATION -> StatedReason.CRIMINAL_CASE;
      case EMERGENCY_RESPONSE -> StatedReason.EMERGENCY;
      case SUBJECT_BENEFIT -> StatedReason.RESIDENTS_OWN_APPLICATION;
      case LITIGATION -> StatedReason.CITY_LITIGATION;
      case CITY_SERVICE -> StatedReason.CITY_BUSINESS;
      case UNKNOWN -> StatedReason.NOT_STATED;
    };
  }

  private static Attachment attachment(Authority authority) {
    return switch (authority) {
      case IMMIGRATION_DETAINER -> Attachment.DETAINER;
      case ADMINISTRATIVE_WARRANT -> Attachment.ICE_WARRANT;
      case ADMINISTRATIVE_SUBPOENA -> Attachment.ADMINISTRATIVE_SUBPOENA;
      case JUDICIAL_WARRANT -> Attachment.JUDICIAL_WARRANT;
      case COURT_ORDER -> Attachment.COURT_ORDER;
      case STATUTORY_REQUIREMENT -> Attachment.STATUTE;
      case WRITTEN_CONSENT -> Attachment.SIGNED_CONSENT;
    };
  }

  private static Ask ask(Action action) {
    return switch (action) {
      case DISCLOSE_INFORMATION -> Ask.RELEASE_RECORDS;
      case GRANT_DATABASE_ACCESS -> Ask.OPEN_DATA_ACCOUNT;
      case INQUIRE_STATUS -> Ask.ASK_ABOUT_STATUS;
      case PROVIDE_FACILITY -> Ask.USE_SPACE;
      case COMMIT_RESOURCES -> Ask.SEND_STAFF_OR_EQUIPMENT;
      case ENTER_AGREEMENT -> Ask.SIGN_AGREEMENT;
      case ARREST_OR_DETAIN -> Ask.MAKE_ARREST;
      case HOLD_ON_DETAINER -> Ask.HOLD_PAST_RELEASE;
      case TRANSFER_CUSTODY -> Ask.TRANSFER_PERSON;
      case GRANT_CUSTODY_ACCESS -> Ask.VISIT_PERSON;
    };
  }

  private static Set<RecordField> fields(InformationCategory category) {
    return switch (category) {
      case IDENTITY -> EnumSet.of(RecordField.NAME, RecordField.DATE_OF_BIRTH);
      case CONTACT_INFORMATION -> EnumSet.of(RecordField.HOME_ADDRESS, RecordField.PHONE);
      case IMMIGRATION_STATUS -> EnumSet.of(RecordField.CITIZENSHIP_OR_STATUS);
      case PLACE_OF_BIRTH -> EnumSet.of(RecordField.COUNTRY_OF_BIRTH);
      case CUSTODY_STATUS -> EnumSet.of(RecordField.CUSTODY_STATUS);
      case RELEASE_INFORMATION -> EnumSet.of(RecordField.RELEASE_DATE, RecordField.NEXT_COURT_DATE);
      case CRIMINAL_HISTORY -> EnumSet.of(RecordField.RAP_SHEET);
      case CASE_RECORDS -> EnumSet.of(RecordField.CASE_FILE);
      case AGGREGATE_STATISTICS -> EnumSet.of(RecordField.MONTHLY_COUNTS);
    };
  }
}
