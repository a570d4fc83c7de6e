package org.sanctuarypolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sanctuarypolicy.json.PolicyJsonTest.json;
import static org.sanctuarypolicy.json.PolicyJsonTest.names;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Obligation;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.api.Remedy;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/** Decisions on the wire: the exact DESIGN section 7 shape, round trips, strict parsing. */
class PolicyJsonDecisionTest {
  private static final PolicyInfo INFO =
      PolicyInfo.of("chicago-eo", "2026.1", "sha256:" + "ab".repeat(32));

  private static final Decision DENY =
      Decision.builder()
          .requestId("r-17")
          .effect(Effect.DENY)
          .governed(true)
          .addReasons(Reason.of("EO-1", Optional.empty(), Effect.DENY, "No help with \"raids\"."))
          .addReasons(Reason.of("EO-5.1", Optional.empty(), Effect.DENY, "No holds."))
          .addObligations(Obligation.of(ObligationType.DOCUMENT_AND_REPORT))
          .addObligations(Obligation.of(ObligationType.DO_NOT_OBSTRUCT))
          .addRemedies(Remedy.of(Authority.JUDICIAL_WARRANT, Effect.PERMIT))
          .addRemedies(Remedy.of(Authority.COURT_ORDER, Effect.PERMIT))
          .policy(INFO)
          .build();

  private static final Decision REDACT =
      Decision.builder()
          .requestId("r-18")
          .effect(Effect.PERMIT)
          .governed(true)
          .addReasons(Reason.of("EO-2.1", Optional.empty(), Effect.PERMIT, "Withhold status."))
          .addReasons(Reason.of("EO-1", Optional.of("EO-1(c)"), Effect.PERMIT, "Lobby."))
          .addObligations(
              Obligation.redact(
                  EnumSet.of(
                      InformationCategory.PLACE_OF_BIRTH, InformationCategory.IMMIGRATION_STATUS)))
          .policy(INFO)
          .build();

  private static final Decision UNGOVERNED =
      Decision.builder()
          .requestId("r-19")
          .effect(Effect.PERMIT)
          .governed(false)
          .policy(INFO)
          .build();

  private static final String DENY_JSON =
      json(
          "{'requestId':'r-17','effect':'DENY','governed':true,"
              + "'reasons':[{'clause':'EO-1','exception':null,'effect':'DENY',"
              + "'text':'No help with \\'raids\\'.'},"
              + "{'clause':'EO-5.1','exception':null,'effect':'DENY','text':'No holds.'}],"
              + "'obligations':[{'type':'DOCUMENT_AND_REPORT'},{'type':'DO_NOT_OBSTRUCT'}],"
              + "'remedies':[{'authority':'JUDICIAL_WARRANT','effect':'PERMIT'},"
              + "{'authority':'COURT_ORDER','effect':'PERMIT'}],"
              + "'policy':{'id':'chicago-eo','version':'2026.1','fingerprint':'sha256:"
              + "ab".repeat(32)
              + "'}}");

  private static PolicyJsonException rejected(String json) {
    return assertThrows(PolicyJsonException.class, () -> PolicyJson.parseDecision(json), json);
  }

  /** The DENY decision's JSON with one piece replaced, to break one rule at a time. */
  private static String denyWith(String target, String replacement) {
    String json = DENY_JSON.replace(json(target), json(replacement));
    assertThat(json).isNotEqualTo(DENY_JSON);
    return json;
  }

  // ---- writing -------------------------------------------------------------------------------

  @Test
  void write_denyDecision_matchesDesignShapeExactly() {
    assertThat(PolicyJson.write(DENY)).isEqualTo(DENY_JSON);
  }

  @Test
  void write_redactObligation_addsCategoriesInEnumOrderAndExceptionId() {
    assertThat(PolicyJson.write(REDACT))
        .contains(
            json(
                "'obligations':[{'type':'REDACT','categories':"
                    + "['IMMIGRATION_STATUS','PLACE_OF_BIRTH']}]"))
        .contains(json("{'clause':'EO-1','exception':'EO-1(c)','effect':'PERMIT','text':'Lobby.'}"))
        .doesNotContain("\n");
  }

  @Test
  void write_ungoverned_writesEmptyArrays() {
    assertThat(PolicyJson.write(UNGOVERNED))
        .isEqualTo(
            json(
                "{'requestId':'r-19','effect':'PERMIT','governed':false,'reasons':[],"
                    + "'obligations':[],'remedies':[],'policy':{'id':'chicago-eo',"
                    + "'version':'2026.1','fingerprint':'sha256:"
                    + "ab".repeat(32)
                    + "'}}"));
  }

  // ---- round trips ---------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("builtDecisions")
  void parseDecision_writtenBuiltDecision_equalsOriginal(Decision decision) {
    assertThat(PolicyJson.parseDecision(PolicyJson.write(decision))).isEqualTo(decision);
    assertThat(PolicyJson.parseDecision(PolicyJson.toTree(decision))).isEqualTo(decision);
  }

  static Stream<Decision> builtDecisions() {
    return Stream.of(DENY, REDACT, UNGOVERNED);
  }

  @Test
  void parseDecision_everyChicagoDecisionOfASweep_equalsOriginal() {
    Policy policy = SanctuaryPolicy.chicago();
    List<Request> requests = sweep();
    EnumSet<Effect> effects = EnumSet.noneOf(Effect.class);
    EnumSet<ObligationType> obligations = EnumSet.noneOf(ObligationType.class);

    for (Request request : requests) {
      Decision decision = policy.evaluate(request);
      String line = PolicyJson.write(decision);

      assertThat(PolicyJson.parseDecision(line)).as(line).isEqualTo(decision);
      assertThat(line).doesNotContain("\n").startsWith("{\"requestId\":\"" + request.requestId());
      effects.add(decision.effect());
      decision.obligations().forEach(o -> obligations.add(o.type()));
    }
    // The sweep reaches every effect and every obligation, REDACT with its categories included.
    assertThat(effects).containsExactlyInAnyOrder(Effect.values());
    assertThat(obligations).containsExactlyInAnyOrder(ObligationType.values());
  }

  @Test
  void parseRequest_everyRequestOfASweep_equalsOriginal() {
    for (Request request : sweep()) {
      assertThat(PolicyJson.parseRequest(PolicyJson.write(request))).isEqualTo(request);
    }
  }

  /**
   * Every actor, action, counterparty and purpose, with no instrument or one, two information sets
   * for a disclosure and both areas for a facility.
   */
  static List<Request> sweep() {
    List<Request> requests = new ArrayList<>();
    List<List<Authority>> instruments = new ArrayList<>();
    instruments.add(List.of());
    for (Authority authority : Authority.values()) {
      instruments.add(List.of(authority));
    }
    int n = 0;
    for (Actor actor : Actor.values()) {
      for (Action action : Action.values()) {
        for (Counterparty counterparty : Counterparty.values()) {
          for (Purpose purpose : Purpose.values()) {
            for (List<Authority> authorities : instruments) {
              Request.Builder builder =
                  Request.builder()
                      .actor(actor)
                      .action(action)
                      .counterparty(counterparty)
                      .purpose(purpose)
                      .authorities(authorities);
              if (action == Action.DISCLOSE_INFORMATION) {
                requests.add(
                    builder
                        .requestId("s-" + n++)
                        .information(
                            InformationCategory.IMMIGRATION_STATUS,
                            InformationCategory.PLACE_OF_BIRTH,
                            InformationCategory.CUSTODY_STATUS)
                        .build());
                requests.add(
                    builder
                        .requestId("s-" + n++)
                        .information(InformationCategory.IMMIGRATION_STATUS)
                        .build());
              } else if (action == Action.PROVIDE_FACILITY) {
                for (FacilityArea area : FacilityArea.values()) {
                  requests.add(builder.requestId("s-" + n++).facilityArea(area).build());
                }
              } else {
                requests.add(builder.requestId("s-" + n++).build());
              }
            }
          }
        }
      }
    }
    return requests;
  }

  // ---- strict parsing ------------------------------------------------------------------------

  @Test
  void parseDecision_unknownField_namesFieldAndAllowedFields() {
    PolicyJsonException e = rejected(denyWith("'governed':true", "'governed':true,'extra':1"));

    assertThat(e.field()).isEqualTo("extra");
    assertThat(e.getMessage())
        .isEqualTo(
            "extra: an unknown field is not allowed; allowed: the fields requestId, effect,"
                + " governed, reasons, obligations, remedies, policy");
  }

  @Test
  void parseDecision_unknownNestedField_namesPath() {
    PolicyJsonException e =
        rejected(denyWith("'text':'No holds.'", "'text':'No holds.','why':'x'"));

    assertThat(e.getMessage())
        .isEqualTo(
            "reasons[1].why: an unknown field is not allowed; allowed: the fields clause,"
                + " exception, effect, text");
  }

  @Test
  void parseDecision_duplicateField_rejected() {
    PolicyJsonException e =
        rejected(denyWith("'governed':true", "'governed':true,'governed':true"));

    assertThat(e.getMessage())
        .isEqualTo("governed: a second value is not allowed; allowed: each field at most once");
  }

  @Test
  void parseDecision_duplicateFieldInSecondReason_namesIndexAndField() {
    PolicyJsonException e =
        rejected(denyWith("'text':'No holds.'", "'text':'No holds.','text':'No holds.'"));

    assertThat(e.getMessage())
        .isEqualTo(
            "reasons[1].text: a second value is not allowed; allowed: each field at most once");
  }

  @Test
  void parseDecision_badEffectInSecondRemedy_namesItsIndex() {
    PolicyJsonException e =
        rejected(
            denyWith(
                "{'authority':'COURT_ORDER','effect':'PERMIT'}",
                "{'authority':'COURT_ORDER','effect':'ALLOW'}"));

    assertThat(e.field()).isEqualTo("remedies[1].effect");
    assertThat(e.value()).isEqualTo("\"ALLOW\"");
    assertThat(e.allowed()).isEqualTo(names(Effect.class));
    assertThat(e.getMessage())
        .isEqualTo("remedies[1].effect: \"ALLOW\" is not allowed; allowed: " + names(Effect.class));
  }

  @Test
  void parseDecision_unknownFieldInObligation_namesPathAndAllowedFields() {
    PolicyJsonException e =
        rejected(denyWith("{'type':'DO_NOT_OBSTRUCT'}", "{'type':'DO_NOT_OBSTRUCT','why':1}"));

    assertThat(e.getMessage())
        .isEqualTo(
            "obligations[1].why: an unknown field is not allowed; allowed: the fields type,"
                + " categories");
  }

  @Test
  void parseDecision_obligationAsString_rejectedAsNotAnObject() {
    PolicyJsonException e = rejected(denyWith("{'type':'DO_NOT_OBSTRUCT'}", "'DO_NOT_OBSTRUCT'"));

    assertThat(e.getMessage())
        .isEqualTo(
            "obligations[1]: \"DO_NOT_OBSTRUCT\" is not allowed; allowed: a JSON object with the"
                + " fields type, categories");
  }

  @Test
  void parseDecision_unknownFieldInRemedy_namesPathAndAllowedFields() {
    PolicyJsonException e =
        rejected(
            denyWith(
                "{'authority':'COURT_ORDER','effect':'PERMIT'}",
                "{'authority':'COURT_ORDER','effect':'PERMIT','note':'x'}"));

    assertThat(e.getMessage())
        .isEqualTo(
            "remedies[1].note: an unknown field is not allowed; allowed: the fields authority,"
                + " effect");
  }

  @Test
  void parseDecision_remedyAsArray_rejectedAsNotAnObject() {
    PolicyJsonException e =
        rejected(
            denyWith("{'authority':'COURT_ORDER','effect':'PERMIT'}", "['COURT_ORDER','PERMIT']"));

    assertThat(e.getMessage())
        .isEqualTo(
            "remedies[1]: an array is not allowed; allowed: a JSON object with the fields"
                + " authority, effect");
  }

  @Test
  void parseDecision_unknownFieldInPolicy_namesPathAndAllowedFields() {
    PolicyJsonException e =
        rejected(denyWith("'version':'2026.1'", "'version':'2026.1','date':'today'"));

    assertThat(e.getMessage())
        .isEqualTo(
            "policy.date: an unknown field is not allowed; allowed: the fields id, version,"
                + " fingerprint");
  }

  @Test
  void parseDecision_policyAsString_rejectedAsNotAnObject() {
    String json = DENY_JSON.replaceFirst("\"policy\":\\{.*\\}\\}$", "\"policy\":\"chicago-eo\"}");
    assertThat(json).isNotEqualTo(DENY_JSON);

    PolicyJsonException e = rejected(json);

    assertThat(e.getMessage())
        .isEqualTo(
            "policy: \"chicago-eo\" is not allowed; allowed: a JSON object with the fields id,"
                + " version, fingerprint");
  }

  @Test
  void parseDecision_missingExceptionKey_rejectedNotDefaulted() {
    PolicyJsonException e =
        rejected(denyWith("{'clause':'EO-5.1','exception':null,", "{'clause':'EO-5.1',"));

    assertThat(e.field()).isEqualTo("reasons[1].exception");
    assertThat(e.getMessage())
        .isEqualTo(
            "reasons[1].exception: missing is not allowed; allowed: an exception id or null");
  }

  @Test
  void parseDecision_unknownEffect_listsEveryEffect() {
    PolicyJsonException e =
        rejected(denyWith("'effect':'DENY','governed'", "'effect':'deny','governed'"));

    assertThat(e.getMessage())
        .isEqualTo("effect: \"deny\" is not allowed; allowed: " + names(Effect.class));
  }

  @Test
  void parseDecision_unknownObligation_listsEveryType() {
    PolicyJsonException e = rejected(denyWith("'DO_NOT_OBSTRUCT'", "'OBSTRUCT'"));

    assertThat(e.getMessage())
        .isEqualTo(
            "obligations[1].type: \"OBSTRUCT\" is not allowed; allowed: "
                + names(ObligationType.class));
  }

  @Test
  void parseDecision_governedAsString_rejected() {
    PolicyJsonException e = rejected(denyWith("'governed':true", "'governed':'true'"));

    assertThat(e.getMessage())
        .isEqualTo("governed: \"true\" is not allowed; allowed: true or false");
  }

  @Test
  void parseDecision_exponentBeyondADecimal_rejectedShowingTheDouble() {
    PolicyJsonException e = rejected(denyWith("'governed':true", "'governed':1e999999999999"));

    assertThat(e.getMessage())
        .isEqualTo("governed: Infinity is not allowed; allowed: true or false");
  }

  @Test
  void parseDecision_categoriesOnOtherObligation_rejected() {
    PolicyJsonException e =
        rejected(
            denyWith(
                "{'type':'DO_NOT_OBSTRUCT'}",
                "{'type':'DO_NOT_OBSTRUCT','categories':['IDENTITY']}"));

    assertThat(e.getMessage())
        .isEqualTo(
            "obligations[1].categories: an array is not allowed; allowed: categories only with"
                + " type REDACT");
  }

  @Test
  void parseDecision_redactWithoutCategories_rejected() {
    PolicyJsonException e = rejected(denyWith("{'type':'DO_NOT_OBSTRUCT'}", "{'type':'REDACT'}"));

    assertThat(e.field()).isEqualTo("obligations[1].categories");
    assertThat(e.getMessage()).contains("one or more of " + names(InformationCategory.class));
  }

  @Test
  void parseDecision_repeatedObligation_rejected() {
    PolicyJsonException e =
        rejected(denyWith("{'type':'DO_NOT_OBSTRUCT'}", "{'type':'DOCUMENT_AND_REPORT'}"));

    assertThat(e.field()).isEqualTo("obligations");
    assertThat(e.getMessage()).contains("at most once");
  }

  @Test
  void parseDecision_badRequestId_rejected() {
    PolicyJsonException e = rejected(denyWith("'r-17'", "'r 17'"));

    assertThat(e.getMessage()).startsWith("requestId: \"r 17\" is not allowed; allowed: a string");
  }

  @Test
  void parseDecision_inconsistentDecision_rejectedWithInvariant() {
    PolicyJsonException e = rejected(denyWith("'governed':true", "'governed':false"));

    assertThat(e.field()).isEqualTo("decision");
    assertThat(e.getMessage()).contains("governed: false");
  }

  @Test
  void parseDecision_remediesNotAnArray_rejected() {
    PolicyJsonException e =
        rejected(
            denyWith(
                "'remedies':[{'authority':'JUDICIAL_WARRANT','effect':'PERMIT'},"
                    + "{'authority':'COURT_ORDER','effect':'PERMIT'}]",
                "'remedies':{}"));

    assertThat(e.getMessage())
        .isEqualTo("remedies: an empty object is not allowed; allowed: an array");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "'decision'", "null"})
  void parseDecision_notAnObject_rejected(String text) {
    PolicyJsonException e = rejected(json(text));

    assertThat(e.field()).isEqualTo("decision");
    assertThat(e.getMessage()).contains("allowed: a JSON object with the fields requestId");
  }

  @Test
  void parseDecision_trailingContent_rejectedAsMalformed() {
    PolicyJsonException e = rejected(DENY_JSON + "\n{}");

    assertThat(e.malformed()).isTrue();
    assertThat(e.getMessage()).startsWith("malformed JSON at line 2, column 1: content after");
  }
}
