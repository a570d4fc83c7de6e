package org.sanctuarypolicy.examples.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

/** Reading the situation form: wire names in, a request or problems in words out. */
class PageFormTest {
  private static PageForm read(String form) {
    return PageForm.read(form, "page-0123456789abcdef");
  }

  @Test
  void read_minimal_defaultsOfTheWireFormat() {
    PageForm form = read("counterparty=FEDERAL_IMMIGRATION_ENFORCEMENT&action=HOLD_ON_DETAINER");

    assertThat(form.problems()).isEmpty();
    assertThat(form.request())
        .hasValue(
            Request.builder()
                .requestId("page-0123456789abcdef")
                .action(Action.HOLD_ON_DETAINER)
                .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
                .build());
    assertThat(form.request().orElseThrow().actor()).isEqualTo(Actor.CITY_DEPARTMENT);
    assertThat(form.request().orElseThrow().purpose()).isEqualTo(Purpose.UNKNOWN);
  }

  @Test
  void read_everyField_theRequest() {
    PageForm form =
        read(
            "counterparty=COURT&action=DISCLOSE_INFORMATION&information=IDENTITY"
                + "&information=PLACE_OF_BIRTH&authorities=COURT_ORDER"
                + "&authorities=WRITTEN_CONSENT&purpose=LITIGATION&actor=CITY_CONTRACTOR");

    Request request = form.request().orElseThrow();
    assertThat(request.counterparty()).isEqualTo(Counterparty.COURT);
    assertThat(request.information())
        .containsExactly(InformationCategory.PLACE_OF_BIRTH, InformationCategory.IDENTITY);
    assertThat(request.authorities())
        .containsExactly(Authority.COURT_ORDER, Authority.WRITTEN_CONSENT);
    assertThat(request.purpose()).isEqualTo(Purpose.LITIGATION);
    assertThat(request.actor()).isEqualTo(Actor.CITY_CONTRACTOR);
    assertThat(form.chosen("information", "IDENTITY")).isTrue();
    assertThat(form.chosen("information", "CASE_RECORDS")).isFalse();
  }

  @Test
  void read_facilityWithoutArea_nonPublic() {
    Request request = read("counterparty=MILITARY&action=PROVIDE_FACILITY").request().orElseThrow();

    assertThat(request.facilityArea()).hasValue(FacilityArea.NON_PUBLIC);
    assertThat(
            read("counterparty=MILITARY&action=PROVIDE_FACILITY&facilityArea=PUBLIC")
                .request()
                .orElseThrow()
                .facilityArea())
        .hasValue(FacilityArea.PUBLIC);
  }

  @Test
  void read_nothingBox_noPapers() {
    PageForm form = read("counterparty=COURT&action=HOLD_ON_DETAINER&authorities=");

    assertThat(form.request().orElseThrow().authorities()).isEmpty();
    assertThat(form.chosen("authorities", "")).isTrue();
  }

  @Test
  void read_everyProblemAtOnce_eachNextToItsField() {
    PageForm form =
        read("action=ARREST_OR_DETAIN&information=IDENTITY&facilityArea=PUBLIC&purpose=WHY&x=1");

    Map<String, String> problems = form.problems();
    assertThat(problems.keySet())
        .containsExactly("form", "counterparty", "information", "facilityArea", "purpose");
    assertThat(problems.get("form")).contains("\u201cx\u201d");
    assertThat(problems.get("counterparty")).isEqualTo("Choose who is asking.");
    assertThat(problems.get("purpose")).contains("\u201cWHY\u201d is not one of the choices");
    assertThat(form.request()).isEmpty();
    // The kind of space cannot be unchosen in a browser: the form clears it, and says so.
    assertThat(form.chosen("facilityArea", "PUBLIC")).isFalse();
    assertThat(form.chosen("information", "IDENTITY")).isTrue();
    assertThat(form.chosen("action", "ARREST_OR_DETAIN")).isTrue();
  }

  @Test
  void read_valueNotAnEnumName_notAChoice() {
    for (String value : new String[] {"hold_on_detainer", " HOLD_ON_DETAINER", "HOLD", ""}) {
      PageForm form = read("counterparty=COURT&action=" + value);
      assertThat(form.problems()).as(value).containsKey("action");
      assertThat(form.request()).as(value).isEmpty();
    }
  }

  @Test
  void read_controlCharactersAndLongValues_shownSafely() {
    PageForm form = read("counterparty=COURT&action=A%0AB" + "C".repeat(100));

    assertThat(form.problems().get("action"))
        .contains("\u201cA?B")
        .contains("...\u201d")
        .doesNotContain("\n")
        .hasSizeLessThan(140);
  }

  @Test
  void read_malformedOrTooLong_aProblemOfTheWholeForm() {
    assertThat(read("counterparty=%E").problems()).containsOnlyKeys("form");
    assertThat(read("a=1&".repeat(PageForm.MAX_PAIRS + 1)).problems()).containsOnlyKeys("form");
    assertThat(read("a=1&".repeat(PageForm.MAX_PAIRS - 1) + "counterparty=COURT").problems())
        .containsKey("form")
        .containsKey("action");
  }

  @Test
  void read_plusAndPercent_decodedAsAFormIs() {
    assertThat(read("counterparty=COU%52T&action=HOLD_ON_DETAINER").request()).isPresent();
    assertThat(read("counterparty=COURT+&action=HOLD_ON_DETAINER").problems())
        .containsKey("counterparty");
  }

  @Test
  void asPrefill_dropsProblemsKeepsChoicesAddsDefaults() {
    PageForm form = read("action=HOLD_ON_DETAINER&counterparty=NOPE").asPrefill();

    assertThat(form.problems()).isEmpty();
    assertThat(form.chosen("action", "HOLD_ON_DETAINER")).isTrue();
    assertThat(form.chosen("purpose", "UNKNOWN")).isTrue();
    assertThat(form.chosen("actor", "CITY_DEPARTMENT")).isTrue();
    assertThat(form.chosen("counterparty", "NOPE")).isFalse();
  }
}
