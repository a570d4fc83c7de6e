package org.sanctuarypolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Joiner;
import com.google.common.base.Strings;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.InvalidRequestException;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

/** Requests on the wire: writing, round trips, and every strictness rule of DESIGN section 7. */
class PolicyJsonTest {
  private static final String FIELDS =
      "requestId, actor, action, counterparty, purpose, authorities, information, facilityArea";

  /** Writes test JSON with single quotes for readability. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  static String names(Class<? extends Enum<?>> type) {
    return Joiner.on(", ").join(Arrays.stream(type.getEnumConstants()).map(Enum::name).iterator());
  }

  private static InvalidRequestException rejected(String json) {
    return assertThrows(InvalidRequestException.class, () -> PolicyJson.parseRequest(json), json);
  }

  private static PolicyJsonException malformed(String json) {
    return assertThrows(PolicyJsonException.class, () -> PolicyJson.parseRequest(json), json);
  }

  static Stream<Request> requests() {
    return Stream.of(
        Request.builder()
            .requestId("r-1")
            .action(Action.DISCLOSE_INFORMATION)
            .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
            .information(InformationCategory.CONTACT_INFORMATION, InformationCategory.IDENTITY)
            .build(),
        Request.builder()
            .requestId("lockup.2026:17_a")
            .actor(Actor.CITY_CONTRACTOR)
            .action(Action.HOLD_ON_DETAINER)
            .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
            .purpose(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT)
            .authorities(Authority.values())
            .build(),
        Request.builder()
            .requestId("f")
            .actor(Actor.SISTER_AGENCY)
            .action(Action.PROVIDE_FACILITY)
            .counterparty(Counterparty.MILITARY)
            .purpose(Purpose.EMERGENCY_RESPONSE)
            .facilityArea(FacilityArea.PUBLIC)
            .build(),
        Request.builder()
            .requestId(Strings.repeat("x", Request.MAX_REQUEST_ID_LENGTH))
            .action(Action.PROVIDE_FACILITY)
            .counterparty(Counterparty.UNKNOWN)
            .build(),
        Request.builder()
            .requestId("all-info")
            .action(Action.DISCLOSE_INFORMATION)
            .counterparty(Counterparty.DATA_SUBJECT)
            .purpose(Purpose.SUBJECT_BENEFIT)
            .authorities(Authority.WRITTEN_CONSENT)
            .information(InformationCategory.values())
            .build());
  }

  // ---- writing -------------------------------------------------------------------------------

  @Test
  void write_disclosure_writesEveryFieldInOrderWithSetsInEnumOrder() {
    Request request =
        Request.builder()
            .requestId("r-17")
            .action(Action.DISCLOSE_INFORMATION)
            .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
            .authorities(Authority.COURT_ORDER, Authority.IMMIGRATION_DETAINER)
            .information(InformationCategory.IDENTITY, InformationCategory.IMMIGRATION_STATUS)
            .build();

    assertThat(PolicyJson.write(request))
        .isEqualTo(
            json(
                "{'requestId':'r-17','actor':'CITY_DEPARTMENT','action':'DISCLOSE_INFORMATION',"
                    + "'counterparty':'FEDERAL_IMMIGRATION_ENFORCEMENT','purpose':'UNKNOWN',"
                    + "'authorities':['IMMIGRATION_DETAINER','COURT_ORDER'],"
                    + "'information':['IMMIGRATION_STATUS','IDENTITY']}"));
  }

  @Test
  void write_facilityWithDefaultArea_writesFacilityArea() {
    Request request =
        Request.builder()
            .requestId("garage")
            .action(Action.PROVIDE_FACILITY)
            .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
            .build();

    assertThat(PolicyJson.write(request))
        .isEqualTo(
            json(
                "{'requestId':'garage','actor':'CITY_DEPARTMENT','action':'PROVIDE_FACILITY',"
                    + "'counterparty':'FEDERAL_IMMIGRATION_ENFORCEMENT','purpose':'UNKNOWN',"
                    + "'authorities':[],'facilityArea':'NON_PUBLIC'}"));
  }

  @Test
  void write_otherAction_omitsInformationAndFacilityArea() {
    Request request =
        Request.builder()
            .requestId("q")
            .action(Action.INQUIRE_STATUS)
            .counterparty(Counterparty.DATA_SUBJECT)
            .build();

    assertThat(PolicyJson.toTree(request).fieldNames())
        .toIterable()
        .containsExactly("requestId", "actor", "action", "counterparty", "purpose", "authorities");
  }

  @ParameterizedTest
  @MethodSource("requests")
  void parseRequest_writtenRequest_equalsOriginal(Request request) {
    assertThat(PolicyJson.parseRequest(PolicyJson.write(request))).isEqualTo(request);
    assertThat(PolicyJson.parseRequest(PolicyJson.toTree(request))).isEqualTo(request);
  }

  // ---- accepted input ------------------------------------------------------------------------

  @Test
  void parseRequest_onlyRequiredFields_takesDocumentedDefaults() {
    Request request =
        PolicyJson.parseRequest(
            json("{'requestId':'a','action':'ARREST_OR_DETAIN','counterparty':'COURT'}"));

    assertThat(request.actor()).isEqualTo(Actor.CITY_DEPARTMENT);
    assertThat(request.purpose()).isEqualTo(Purpose.UNKNOWN);
    assertThat(request.authorities()).isEmpty();
    assertThat(request.information()).isEmpty();
    assertThat(request.facilityArea()).isEmpty();
  }

  @Test
  void parseRequest_facilityWithoutArea_defaultsToNonPublic() {
    Request request =
        PolicyJson.parseRequest(
            json("{'requestId':'a','action':'PROVIDE_FACILITY','counterparty':'MILITARY'}"));

    assertThat(request.facilityArea()).contains(FacilityArea.NON_PUBLIC);
  }

  @Test
  void parseRequest_fieldsInAnyOrderAndWhitespace_accepted() {
    Request request =
        PolicyJson.parseRequest(
            json(
                "\n {\n  'information' : [ 'IDENTITY' ],\t'counterparty':'COURT',\r\n"
                    + "  'action':'DISCLOSE_INFORMATION', 'requestId':'x' }\n"));

    assertThat(request.information()).containsExactly(InformationCategory.IDENTITY);
    assertThat(request.counterparty()).isEqualTo(Counterparty.COURT);
  }

  // ---- rejected fields -----------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("notObjects")
  void parseRequest_notAnObject_namesTheRequestTheValueAndTheFields(String text, String shown) {
    InvalidRequestException e = rejected(json(text));

    assertThat(e.field()).isEqualTo("request");
    assertThat(e.value()).isEqualTo(shown);
    assertThat(e.getMessage())
        .isEqualTo(
            "request: "
                + shown
                + " is not allowed; allowed: a JSON object with the fields "
                + FIELDS);
  }

  static Stream<Arguments> notObjects() {
    return Stream.of(
        Arguments.of("'ARREST_OR_DETAIN'", "\"ARREST_OR_DETAIN\""),
        Arguments.of("'a request'", "\"a request\""),
        Arguments.of("42", "42"),
        Arguments.of("true", "true"),
        Arguments.of("null", "null"),
        Arguments.of("[]", "an empty array"),
        Arguments.of("[{'requestId':'a'}]", "an array"),
        Arguments.of("['x']", "an array"));
  }

  @Test
  void parseRequest_unknownField_namesFieldAndAllowedFields() {
    InvalidRequestException e =
        rejected(
            json(
                "{'requestId':'a','acton':'ARREST_OR_DETAIN','action':'ARREST_OR_DETAIN',"
                    + "'counterparty':'COURT'}"));

    assertThat(e.field()).isEqualTo("acton");
    assertThat(e.getMessage())
        .isEqualTo("acton: an unknown field is not allowed; allowed: the fields " + FIELDS);
  }

  @Test
  void parseRequest_twoUnknownFields_eachAnUnknownFieldNotASecondValue() {
    InvalidRequestException e =
        rejected(
            json(
                "{'requestId':'a','colour':'red','action':'INQUIRE_STATUS','size':2,"
                    + "'counterparty':'COURT','colour':'blue'}"));

    assertThat(e.problems())
        .extracting(InvalidRequestException.Problem::message)
        .containsExactly(
            "colour: an unknown field is not allowed; allowed: the fields " + FIELDS,
            "size: an unknown field is not allowed; allowed: the fields " + FIELDS,
            "colour: a second value is not allowed; allowed: each field at most once");
  }

  @Test
  void parseRequest_unknownPlainFieldNameOf64Characters_shownAsIs() {
    String name = Strings.repeat("n", 64);

    InvalidRequestException e =
        rejected(json("{'requestId':'a','" + name + "':1,'action':'INQUIRE_STATUS'}"));

    assertThat(e.field()).isEqualTo(name);
  }

  @Test
  void parseRequest_unknownFieldNameOf65Characters_quotedAndCut() {
    String name = Strings.repeat("n", 65);

    InvalidRequestException e =
        rejected(json("{'requestId':'a','" + name + "':1,'action':'INQUIRE_STATUS'}"));

    assertThat(e.field()).isEqualTo("\"" + Strings.repeat("n", 64) + "\"... (65 characters)");
  }

  @Test
  void parseRequest_threeMistakes_threeProblemsInTheOrderTheyAppear() {
    InvalidRequestException e =
        rejected(
            json(
                "{'action':'HOLD_ON_DETAINER','purpose':'FOO','requestId':'a',"
                    + "'information':['IDENTITY'],'counterparty':'COURT','purpose':'LITIGATION',"
                    + "'colour':'red'}"));

    assertThat(e.problems())
        .extracting(InvalidRequestException.Problem::message)
        .containsExactly(
            "purpose: \"FOO\" is not allowed; allowed: " + names(Purpose.class),
            "information: [IDENTITY] with action HOLD_ON_DETAINER is not allowed; allowed:"
                + " information only with action DISCLOSE_INFORMATION",
            "purpose: a second value is not allowed; allowed: each field at most once",
            "colour: an unknown field is not allowed; allowed: the fields " + FIELDS);
    assertThat(e.field()).isEqualTo("purpose");
    assertThat(e.getMessage()).startsWith("4 problems: (1) purpose: \"FOO\" is not allowed");
  }

  @Test
  void parseRequest_fieldRepeated_theFirstValuesOwnProblemStillReported() {
    InvalidRequestException e =
        rejected(
            json(
                "{'requestId':'a','information':['CONTACT_INFORMATION'],"
                    + "'action':'HOLD_ON_DETAINER','counterparty':'COURT',"
                    + "'information':['CONTACT_INFORMATION']}"));

    assertThat(e.problems())
        .extracting(InvalidRequestException.Problem::message)
        .containsExactly(
            "information: [CONTACT_INFORMATION] with action HOLD_ON_DETAINER is not allowed;"
                + " allowed: information only with action DISCLOSE_INFORMATION",
            "information: a second value is not allowed; allowed: each field at most once");
  }

  @Test
  void parseRequest_missingAndEmptyInformation_differentMessages() {
    String disclose = "{'requestId':'a','action':'DISCLOSE_INFORMATION','counterparty':'COURT'";

    assertThat(rejected(json(disclose + "}")).value()).isEqualTo("missing");
    assertThat(rejected(json(disclose + ",'information':[]}")).value()).isEqualTo("an empty set");
  }

  @Test
  void parseRequest_emptyFieldName_quoted() {
    InvalidRequestException e =
        rejected(json("{'requestId':'a','':1,'action':'INQUIRE_STATUS','counterparty':'COURT'}"));

    assertThat(e.getMessage()).startsWith("\"\": an unknown field is not allowed");
  }

  @Test
  void parseRequest_unknownFieldWithControlCharacters_escapesName() {
    InvalidRequestException e =
        rejected(
            json("{'requestId':'a','a\\nb':1,'action':'INQUIRE_STATUS','counterparty':'COURT'}"));

    assertThat(e.getMessage()).startsWith("\"a\\nb\": an unknown field").doesNotContain("\n");
  }

  @Test
  void parseRequest_duplicateField_namesFieldAndRule() {
    InvalidRequestException e =
        rejected(
            json(
                "{'requestId':'a','action':'ARREST_OR_DETAIN','counterparty':'COURT',"
                    + "'action':'ARREST_OR_DETAIN'}"));

    assertThat(e.field()).isEqualTo("action");
    assertThat(e.getMessage())
        .isEqualTo("action: a second value is not allowed; allowed: each field at most once");
  }

  @Test
  void parseRequest_unknownEnumName_listsEveryAllowedName() {
    InvalidRequestException e =
        rejected(json("{'requestId':'a','action':'FOO','counterparty':'COURT'}"));

    assertThat(e.field()).isEqualTo("action");
    assertThat(e.value()).isEqualTo("\"FOO\"");
    assertThat(e.getMessage())
        .isEqualTo("action: \"FOO\" is not allowed; allowed: " + names(Action.class));
  }

  @Test
  void parseRequest_enumNameInLowerCase_rejected() {
    InvalidRequestException e =
        rejected(json("{'requestId':'a','action':'inquire_status','counterparty':'COURT'}"));

    assertThat(e.getMessage())
        .isEqualTo("action: \"inquire_status\" is not allowed; allowed: " + names(Action.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"5", "null", "true", "['COURT']", "{}", "1.5e3"})
  void parseRequest_wrongTypeForEnum_namesFieldValueAndEveryName(String value) {
    InvalidRequestException e =
        rejected(json("{'requestId':'a','action':'INQUIRE_STATUS','counterparty':" + value + "}"));

    assertThat(e.field()).isEqualTo("counterparty");
    assertThat(e.getMessage())
        .startsWith("counterparty: ")
        .endsWith(" is not allowed; allowed: " + names(Counterparty.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "false"})
  void parseRequest_booleanForEnum_showsTheBoolean(String value) {
    InvalidRequestException e =
        rejected(json("{'requestId':'a','action':'INQUIRE_STATUS','counterparty':" + value + "}"));

    assertThat(e.value()).isEqualTo(value);
    assertThat(e.getMessage())
        .isEqualTo(
            "counterparty: " + value + " is not allowed; allowed: " + names(Counterparty.class));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "17", // int
        "12345678901", // long
        "123456789012345678901234567890", // big integer
        "-1.5", // decimal
      })
  void parseRequest_numberForEnum_showsTheNumberAsWritten(String number) {
    InvalidRequestException e =
        rejected(json("{'requestId':'a','action':" + number + ",'counterparty':'COURT'}"));

    assertThat(e.getMessage())
        .isEqualTo("action: " + number + " is not allowed; allowed: " + names(Action.class));
  }

  @Test
  void parseRequest_exponentBeyondDouble_showsTheDecimalNotInfinity() {
    InvalidRequestException e =
        rejected(json("{'requestId':'a','action':1e400,'counterparty':'COURT'}"));

    assertThat(e.getMessage())
        .isEqualTo("action: 1E+400 is not allowed; allowed: " + names(Action.class));
  }

  @Test
  void parseRequest_numberOf64Digits_shownWhole() {
    String digits = Strings.repeat("9", 64);

    InvalidRequestException e =
        rejected(json("{'requestId':'a','action':" + digits + ",'counterparty':'COURT'}"));

    assertThat(e.value()).isEqualTo(digits);
  }

  @Test
  void parseRequest_numberLongerThan64Characters_namesItsLength() {
    String number = "-" + Strings.repeat("9", 64);

    InvalidRequestException e =
        rejected(json("{'requestId':'a','action':" + number + ",'counterparty':'COURT'}"));

    assertThat(e.field()).isEqualTo("action");
    assertThat(e.value()).isEqualTo("a number of 65 characters");
  }

  @Test
  void parseRequest_missingNodeTree_describesTheMissingValue() {
    InvalidRequestException e =
        assertThrows(
            InvalidRequestException.class,
            () -> PolicyJson.parseRequest(MissingNode.getInstance()));

    assertThat(e.field()).isEqualTo("request");
    assertThat(e.getMessage())
        .isEqualTo(
            "request: a missing value is not allowed; allowed: a JSON object with the fields "
                + FIELDS);
  }

  @Test
  void parseRequest_nullForDefaultedField_rejectedNotDefaulted() {
    InvalidRequestException e =
        rejected(
            json(
                "{'requestId':'a','action':'INQUIRE_STATUS','counterparty':'COURT',"
                    + "'purpose':null}"));

    assertThat(e.getMessage())
        .isEqualTo("purpose: null is not allowed; allowed: " + names(Purpose.class));
  }

  @Test
  void parseRequest_nullForActor_rejected() {
    InvalidRequestException e =
        rejected(
            json(
                "{'requestId':'a','actor':null,'action':'INQUIRE_STATUS',"
                    + "'counterparty':'COURT'}"));

    assertThat(e.getMessage())
        .isEqualTo("actor: null is not allowed; allowed: " + names(Actor.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"'COURT_ORDER'", "null", "{}", "7"})
  void parseRequest_nonArrayForSet_namesFieldAndAllowedArray(String value) {
    InvalidRequestException e =
        rejected(
            json(
                "{'requestId':'a','action':'INQUIRE_STATUS','counterparty':'COURT',"
                    + "'authorities':"
                    + value
                    + "}"));

    assertThat(e.field()).isEqualTo("authorities");
    assertThat(e.getMessage())
        .endsWith(" is not allowed; allowed: an array of " + names(Authority.class));
  }

  @Test
  void parseRequest_unknownNameInSet_namesFieldItemAndEveryName() {
    InvalidRequestException e =
        rejected(
            json(
                "{'requestId':'a','action':'INQUIRE_STATUS','counterparty':'COURT',"
                    + "'authorities':['COURT_ORDER','WARRANT']}"));

    assertThat(e.field()).isEqualTo("authorities");
    assertThat(e.getMessage())
        .isEqualTo(
            "authorities: \"WARRANT\" (item 2) is not allowed; allowed: " + names(Authority.class));
  }

  @Test
  void parseRequest_nullInSet_rejected() {
    InvalidRequestException e =
        rejected(
            json(
                "{'requestId':'a','action':'DISCLOSE_INFORMATION','counterparty':'COURT',"
                    + "'information':[null]}"));

    assertThat(e.getMessage())
        .isEqualTo(
            "information: null (item 1) is not allowed; allowed: "
                + names(InformationCategory.class));
  }

  @Test
  void parseRequest_repeatedNameInSet_rejected() {
    InvalidRequestException e =
        rejected(
            json(
                "{'requestId':'a','action':'INQUIRE_STATUS','counterparty':'COURT',"
                    + "'authorities':['COURT_ORDER','COURT_ORDER']}"));

    assertThat(e.field()).isEqualTo("authorities");
    assertThat(e.getMessage())
        .isEqualTo(
            "authorities: \"COURT_ORDER\" again (item 2) is not allowed; allowed: each of "
                + names(Authority.class)
                + " at most once");
  }

  @Test
  void parseRequest_informationWithOtherAction_rejected() {
    InvalidRequestException e =
        rejected(
            json(
                "{'requestId':'a','action':'INQUIRE_STATUS','counterparty':'COURT',"
                    + "'information':['IMMIGRATION_STATUS']}"));

    assertThat(e.field()).isEqualTo("information");
    assertThat(e.getMessage())
        .contains("INQUIRE_STATUS")
        .endsWith("allowed: information only with action DISCLOSE_INFORMATION");
  }

  @Test
  void parseRequest_emptyInformationWithOtherAction_rejected() {
    InvalidRequestException e =
        rejected(
            json(
                "{'requestId':'a','action':'INQUIRE_STATUS','counterparty':'COURT',"
                    + "'information':[]}"));

    assertThat(e.getMessage())
        .isEqualTo(
            "information: [] with action INQUIRE_STATUS is not allowed; allowed: information"
                + " only with action DISCLOSE_INFORMATION");
  }

  @Test
  void parseRequest_disclosureWithoutInformation_rejected() {
    InvalidRequestException e =
        rejected(json("{'requestId':'a','action':'DISCLOSE_INFORMATION','counterparty':'COURT'}"));

    assertThat(e.field()).isEqualTo("information");
    assertThat(e.getMessage()).contains("one or more of " + names(InformationCategory.class));
  }

  @Test
  void parseRequest_disclosureWithEmptyInformation_rejected() {
    InvalidRequestException e =
        rejected(
            json(
                "{'requestId':'a','action':'DISCLOSE_INFORMATION','counterparty':'COURT',"
                    + "'information':[]}"));

    assertThat(e.field()).isEqualTo("information");
    assertThat(e.getMessage()).contains("one or more of " + names(InformationCategory.class));
  }

  @Test
  void parseRequest_facilityAreaWithOtherAction_rejected() {
    InvalidRequestException e =
        rejected(
            json(
                "{'requestId':'a','action':'COMMIT_RESOURCES','counterparty':'COURT',"
                    + "'facilityArea':'PUBLIC'}"));

    assertThat(e.field()).isEqualTo("facilityArea");
    assertThat(e.getMessage())
        .contains("PUBLIC with action COMMIT_RESOURCES")
        .endsWith("allowed: facilityArea only with action PROVIDE_FACILITY");
  }

  @Test
  void parseRequest_unknownFacilityArea_listsAreas() {
    InvalidRequestException e =
        rejected(
            json(
                "{'requestId':'a','action':'PROVIDE_FACILITY','counterparty':'COURT',"
                    + "'facilityArea':'LOBBY'}"));

    assertThat(e.getMessage())
        .isEqualTo("facilityArea: \"LOBBY\" is not allowed; allowed: NON_PUBLIC, PUBLIC");
  }

  @ParameterizedTest
  @ValueSource(strings = {"''", "'has space'", "'name@example.org'", "'caf\u00e9'"})
  void parseRequest_badRequestId_namesFieldAndAllowedCharacters(String id) {
    InvalidRequestException e =
        rejected(json("{'requestId':" + id + ",'action':'INQUIRE_STATUS','counterparty':'COURT'}"));

    assertThat(e.field()).isEqualTo("requestId");
    assertThat(e.getMessage()).contains("allowed: 1 to 128 characters of A-Z, a-z, 0-9");
  }

  @Test
  void parseRequest_requestIdTooLong_rejected() {
    String id = Strings.repeat("x", Request.MAX_REQUEST_ID_LENGTH + 1);
    InvalidRequestException e =
        rejected(
            json("{'requestId':'" + id + "','action':'INQUIRE_STATUS','counterparty':'COURT'}"));

    assertThat(e.getMessage()).startsWith("requestId: a string of 129 characters is not allowed");
  }

  @Test
  void parseRequest_numericRequestId_rejected() {
    InvalidRequestException e =
        rejected(json("{'requestId':17,'action':'INQUIRE_STATUS','counterparty':'COURT'}"));

    assertThat(e.getMessage())
        .isEqualTo(
            "requestId: 17 is not allowed; allowed: a string of 1 to 128 characters of A-Z, a-z,"
                + " 0-9, '.', '_', ':' and '-'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"requestId", "action", "counterparty"})
  void parseRequest_requiredFieldMissing_namesField(String field) {
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.put("requestId", "a").put("action", "INQUIRE_STATUS").put("counterparty", "COURT");
    node.remove(field);

    assertThatThrownBy(() -> PolicyJson.parseRequest(node.toString()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageStartingWith(field + ": missing is not allowed; allowed: ");
  }

  // ---- malformed JSON ------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{'requestId':'a','action':'INQUIRE_STATUS','counterparty':'COURT'} {}",
        "{'requestId':'a','action':'INQUIRE_STATUS','counterparty':'COURT'} x",
        "{'requestId':'a','action':'INQUIRE_STATUS','counterparty':'COURT'},"
      })
  void parseRequest_trailingContent_rejectedAsMalformed(String text) {
    PolicyJsonException e = malformed(json(text));

    assertThat(e.malformed()).isTrue();
    assertThat(e.field()).isEqualTo("request");
    assertThat(e.getMessage()).startsWith("malformed JSON at line 1, column ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{'requestId':'a' /* c */,'action':'INQUIRE_STATUS','counterparty':'COURT'}",
        "{'requestId':'a','action':'INQUIRE_STATUS','counterparty':'COURT'} // c",
        "# c\n{'requestId':'a','action':'INQUIRE_STATUS','counterparty':'COURT'}",
        "{'requestId':'a','action':'INQUIRE_STATUS','counterparty':'COURT',}",
        "{'requestId':'a','action':'INQUIRE_STATUS','counterparty':NaN}",
        "{'requestId':'a','action':'INQUIRE_STATUS','counterparty':Infinity}",
        "{requestId:'a','action':'INQUIRE_STATUS','counterparty':'COURT'}",
        "{'requestId':'a','action':'INQUIRE_STATUS','counterparty':01}",
        "{'requestId':'a','action':'INQUIRE_STATUS','counterparty':'COURT'",
        "{'requestId':'a\u0001','action':'INQUIRE_STATUS','counterparty':'COURT'}",
      })
  void parseRequest_nonStandardJson_rejectedAsMalformedWithLocation(String text) {
    PolicyJsonException e = malformed(json(text));

    assertThat(e.malformed()).isTrue();
    assertThat(e.getMessage()).matches("malformed JSON at line \\d+, column \\d+: .+");
  }

  @Test
  void parseRequest_singleQuotes_rejectedAsMalformed() {
    PolicyJsonException e =
        malformed("{'requestId':'a','action':'INQUIRE_STATUS','counterparty':'COURT'}");

    assertThat(e.getMessage()).startsWith("malformed JSON at line 1, column 2: ");
  }

  @Test
  void parseRequest_malformedOnTheSecondLine_namesThatLine() {
    PolicyJsonException e =
        malformed(json("{\n  'requestId':'a',,\n  'action':'INQUIRE_STATUS'\n}"));

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.position()).isZero();
    assertThat(e.getMessage()).startsWith("malformed JSON at line 2, column 19: ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\n"})
  void parseRequest_emptyInput_rejectedAsMalformed(String text) {
    PolicyJsonException e = malformed(text);

    assertThat(e.getMessage())
        .isEqualTo("malformed JSON: the input is empty; allowed: one JSON request object");
  }

  @Test
  void parseRequest_nestingBeyondLimit_namesTheLimitAndTheRealDepth() {
    String deep =
        Strings.repeat("[", PolicyJson.MAX_NESTING_DEPTH + 1)
            + Strings.repeat("]", PolicyJson.MAX_NESTING_DEPTH + 1);

    InvalidRequestException e =
        rejected(json("{'requestId':'a','action':'INQUIRE_STATUS','counterparty':" + deep + "}"));

    // The request object is the first level.
    assertThat(e.getMessage())
        .isEqualTo(
            "request: arrays and objects nested 18 deep is not allowed; allowed: at most 16 levels"
                + " of nesting");
  }

  @Test
  void parseRequest_stringBeyondLimit_namesTheLimitAndTheRealLength() {
    String huge = Strings.repeat("x", PolicyJson.MAX_STRING_LENGTH + 1);

    InvalidRequestException e =
        rejected(json("{'requestId':'" + huge + "','action':'INQUIRE_STATUS'}"));

    assertThat(e.getMessage())
        .isEqualTo(
            "requestId: a string of 65537 characters is not allowed; allowed: strings of at most"
                + " 65536 characters");
  }

  @Test
  void parseRequest_stringBeyondTheParsersOuterLimit_namesTheLimitsNotJacksons() {
    String huge = Strings.repeat("x", PolicyJson.MAX_ITEM_CHARS + 1);

    PolicyJsonException e = malformed(json("{'requestId':'" + huge + "'}"));

    assertThat(e.getMessage())
        .startsWith("malformed JSON at line 1, column ")
        .endsWith(
            ": a string of more than 1048576 characters; allowed: strings of at most 65536"
                + " characters")
        .doesNotContain("StreamReadConstraints");
  }

  @Test
  void parseRequest_moreValuesThanLimit_rejectedNamingRequest() {
    String many = "[" + Strings.repeat("1,", PolicyJson.MAX_ITEM_VALUES) + "1]";

    InvalidRequestException e =
        rejected(json("{'requestId':'a','action':'INQUIRE_STATUS','counterparty':" + many + "}"));

    assertThat(e.field()).isEqualTo("request");
    assertThat(e.getMessage()).contains("allowed: at most " + PolicyJson.MAX_ITEM_VALUES);
  }

  @Test
  void parseRequest_badEnumValueOf64Characters_shownWhole() {
    String value = Strings.repeat("Y", 64);

    InvalidRequestException e =
        rejected(json("{'requestId':'a','action':'" + value + "','counterparty':'COURT'}"));

    assertThat(e.value()).isEqualTo("\"" + value + "\"");
  }

  @Test
  void parseRequest_badEnumValueOf65Characters_cutAfter64() {
    String value = Strings.repeat("Y", 65);

    InvalidRequestException e =
        rejected(json("{'requestId':'a','action':'" + value + "','counterparty':'COURT'}"));

    assertThat(e.value()).isEqualTo("\"" + Strings.repeat("Y", 64) + "\"... (65 characters)");
  }

  @Test
  void parseRequest_cutFallsInsideSurrogatePair_cutsBeforeThePair() {
    // 63 characters, then U+1F600 as a surrogate pair whose high half is the 64th, then two more.
    String value = Strings.repeat("Y", 63) + "\uD83D\uDE00" + "ZZ";

    InvalidRequestException e =
        rejected(json("{'requestId':'a','action':'" + value + "','counterparty':'COURT'}"));

    assertThat(e.value()).isEqualTo("\"" + Strings.repeat("Y", 63) + "\"... (67 characters)");
  }

  @Test
  void parseRequest_surrogatePairBeforeTheCut_keptWhole() {
    String value = Strings.repeat("Y", 62) + "\uD83D\uDE00" + "ZZ";

    InvalidRequestException e =
        rejected(json("{'requestId':'a','action':'" + value + "','counterparty':'COURT'}"));

    assertThat(e.value())
        .isEqualTo("\"" + Strings.repeat("Y", 62) + "\uD83D\uDE00\"... (66 characters)");
  }

  @Test
  void parseRequest_valuesUpToLimit_notTooLarge() {
    // The object, three field values and the array: 5 values; the array's items make up the rest.
    String items = "[" + Strings.repeat("1,", PolicyJson.MAX_ITEM_VALUES - 6) + "1]";

    InvalidRequestException e =
        rejected(
            json(
                "{'requestId':'a','action':'INQUIRE_STATUS','counterparty':'COURT','purpose':"
                    + items
                    + "}"));

    assertThat(e.getMessage())
        .isEqualTo("purpose: an array is not allowed; allowed: " + names(Purpose.class));
  }

  @Test
  void parseRequest_oneValueBeyondLimit_rejectedWithExactLimits() {
    String items = "[" + Strings.repeat("1,", PolicyJson.MAX_ITEM_VALUES - 5) + "1]";

    InvalidRequestException e =
        rejected(
            json(
                "{'requestId':'a','action':'INQUIRE_STATUS','counterparty':'COURT','purpose':"
                    + items
                    + "}"));

    assertThat(e.getMessage())
        .isEqualTo(
            "request: a request of 4097 JSON values is not allowed; allowed: at most 4096 JSON"
                + " values in one request");
  }

  @Test
  void parseRequest_charactersUpToLimit_notTooLarge() {
    InvalidRequestException e = rejected(authoritiesOfCharacters(PolicyJson.MAX_ITEM_CHARS));

    assertThat(e.problems().get(0).message())
        .startsWith("authorities: \"yyyyyyyy")
        .contains("(item 1)");
  }

  @Test
  void parseRequest_oneCharacterBeyondLimit_rejectedAsTooLarge() {
    InvalidRequestException e = rejected(authoritiesOfCharacters(PolicyJson.MAX_ITEM_CHARS + 1));

    assertThat(e.field()).isEqualTo("request");
    assertThat(e.getMessage())
        .isEqualTo(
            "request: a request of 1048577 characters of strings and field names is not allowed;"
                + " allowed: at most 1048576 characters of strings and field names in one request");
  }

  @Test
  void parseRequest_fieldNamesBeyondCharacterLimit_rejectedAsTooLarge() {
    // Field names count as well as strings: 1,025 distinct names of 1,024 characters.
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 1_025; i++) {
      String index = Integer.toString(i);
      json.append('"')
          .append(Strings.padStart(index, PolicyJson.MAX_NAME_LENGTH, 'n'))
          .append("\":0,");
    }
    json.append("\"requestId\":\"a\"}");

    InvalidRequestException e = rejected(json.toString());

    assertThat(e.field()).isEqualTo("request");
    assertThat(e.getMessage())
        .isEqualTo(
            "request: a request of 1049610 characters of strings and field names is not allowed;"
                + " allowed: at most 1048576 characters of strings and field names in one request");
  }

  @Test
  void parseRequest_nestedToTheLimit_notTooDeep() {
    // The request object and 15 arrays: 16 levels.
    String deep = Strings.repeat("[", 15) + Strings.repeat("]", 15);

    InvalidRequestException e =
        rejected(
            json("{'requestId':'a','action':'INQUIRE_STATUS','counterparty':'COURT','colour':")
                + deep
                + "}");

    assertThat(e.getMessage())
        .isEqualTo("colour: an unknown field is not allowed; allowed: the fields " + FIELDS);
  }

  @Test
  void parseRequest_nestedToTheLimitWithTooManyValues_namesTheValues() {
    // The object, three strings, 15 arrays and 4,078 numbers: 4,097 values, 16 levels.
    String deep =
        Strings.repeat("[", 15) + Strings.repeat("1,", 4_077) + "1" + Strings.repeat("]", 15);

    InvalidRequestException e =
        rejected(
            json("{'requestId':'a','action':'INQUIRE_STATUS','counterparty':'COURT','purpose':")
                + deep
                + "}");

    assertThat(e.getMessage())
        .isEqualTo(
            "request: a request of 4097 JSON values is not allowed; allowed: at most 4096 JSON"
                + " values in one request");
  }

  @Test
  void parseRequest_valuesAtTheLimitWithTooManyCharacters_namesTheCharacters() {
    // 4,096 values: the object, two arrays, 16 strings and 4,077 numbers.
    String numbers = "[" + Strings.repeat("1,", 4_076) + "1]";
    String strings = authoritiesOfCharacters(PolicyJson.MAX_ITEM_CHARS + 1).substring(1);

    InvalidRequestException e = rejected("{\"purpose\":" + numbers + "," + strings);

    assertThat(e.getMessage())
        .isEqualTo(
            "request: a request of 1048584 characters of strings and field names is not allowed;"
                + " allowed: at most 1048576 characters of strings and field names in one request");
  }

  @Test
  void parseRequest_fieldRepeatedAfterALimitIsPassed_namesTheLimit() {
    // Beyond a limit the rest of the request is only counted: the repeated field is not seen.
    String many = "[" + Strings.repeat("1,", PolicyJson.MAX_ITEM_VALUES) + "1]";

    InvalidRequestException e =
        rejected(json("{'requestId':'a','purpose':" + many + ",'actor':{'x':1,'x':2}}"));

    assertThat(e.getMessage())
        .isEqualTo(
            "request: a request of 4103 JSON values is not allowed; allowed: at most 4096 JSON"
                + " values in one request");
  }

  @Test
  void parseRequest_fieldNameAtTheLimit_readAsAnUnknownField() {
    String name = Strings.repeat("n", PolicyJson.MAX_NAME_LENGTH);

    InvalidRequestException e =
        rejected(
            json("{'requestId':'a','action':'INQUIRE_STATUS','counterparty':'COURT','")
                + name
                + "\":1}");

    assertThat(e.value()).isEqualTo("an unknown field");
  }

  @Test
  void parseRequest_fieldNameBeyondTheLimit_namesItsObjectAndLength() {
    String name = Strings.repeat("n", PolicyJson.MAX_NAME_LENGTH + 1);

    InvalidRequestException top =
        rejected(json("{'requestId':'a','action':'INQUIRE_STATUS','") + name + "\":1}");
    InvalidRequestException nested =
        rejected(json("{'requestId':'a','actor':{'") + name + "\":1}}");

    assertThat(top.getMessage())
        .isEqualTo(
            "request: a field name of 1025 characters is not allowed; allowed: field names of at"
                + " most 1024 characters");
    assertThat(nested.getMessage()).startsWith("actor: a field name of 1025 characters");
  }

  @Test
  void parseRequest_numberBeyondTheParsersOuterLimit_namesTheLimitsNotJacksons() {
    PolicyJsonException e =
        malformed(json("{'requestId':'a','action':") + Strings.repeat("1", 1_001) + "}");

    assertThat(e.getMessage())
        .isEqualTo(
            "malformed JSON at line 1, column 1028: a number of more than 1000 characters;"
                + " allowed: numbers of at most 64 characters");
  }

  @Test
  void parseRequest_nestingBeyondTheParsersOuterLimit_namesTheLimitsNotJacksons() {
    PolicyJsonException e =
        malformed(json("{'requestId':'a','action':") + Strings.repeat("[", 1_000));

    assertThat(e.getMessage())
        .isEqualTo(
            "malformed JSON at line 1, column 1027: arrays and objects nested more than 1000 deep;"
                + " allowed: at most 16 levels of nesting");
  }

  @ParameterizedTest
  @CsvSource({"1e999999999999, Infinity", "-1e999999999999, -Infinity", "1e-999999999999, 0.0"})
  void parseRequest_exponentBeyondADecimal_showsTheDouble(String number, String shown) {
    InvalidRequestException e =
        rejected(json("{'requestId':'a','action':" + number + ",'counterparty':'COURT'}"));

    assertThat(e.getMessage())
        .isEqualTo("action: " + shown + " is not allowed; allowed: " + names(Action.class));
  }

  /**
   * A request whose only field, {@code authorities}, holds strings such that the field name and the
   * strings add up to {@code chars} characters.
   */
  private static String authoritiesOfCharacters(int chars) {
    StringBuilder json = new StringBuilder("{\"authorities\":[");
    int left = chars - "authorities".length();
    while (left > 0) {
      int length = Math.min(left, PolicyJson.MAX_STRING_LENGTH);
      json.append('"').append(Strings.repeat("y", length)).append("\",");
      left -= length;
    }
    json.setCharAt(json.length() - 1, ']');
    return json.append('}').toString();
  }

  @Test
  void parseRequest_duplicateFieldInSecondElementOfTopLevelArray_namesRequestIndexAndField() {
    InvalidRequestException e = rejected(json("[{},{'a':1,'a':2}]"));

    assertThat(e.getMessage())
        .isEqualTo("request[1].a: a second value is not allowed; allowed: each field at most once");
  }

  @Test
  void parseRequest_duplicateFieldInsideAFieldsArray_namesFieldIndexAndField() {
    InvalidRequestException e =
        rejected(json("{'requestId':'a','authorities':[{},{},{'x':1,'x':1}]}"));

    assertThat(e.field()).isEqualTo("authorities[2].x");
  }

  @Test
  void parseRequest_longBadEnumValue_shortenedInMessage() {
    String huge = Strings.repeat("Y", 10_000);

    InvalidRequestException e =
        rejected(json("{'requestId':'a','action':'" + huge + "','counterparty':'COURT'}"));

    assertThat(e.getMessage()).contains("... (10000 characters)").hasSizeLessThan(600);
  }
}
