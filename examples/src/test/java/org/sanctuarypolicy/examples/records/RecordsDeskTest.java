package org.sanctuarypolicy.examples.records;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Remedy;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.examples.desk.Agency;
import org.sanctuarypolicy.examples.desk.AuditLog;
import org.sanctuarypolicy.examples.desk.Course;
import org.sanctuarypolicy.examples.desk.Paper;

class RecordsDeskTest {
  private static final Instant NOW = Instant.parse("2025-06-02T15:00:00Z");

  private final AuditLog audit = new AuditLog(Clock.fixed(NOW, ZoneOffset.UTC));
  private final RecordsDesk desk =
      new RecordsDesk(SanctuaryPolicy.chicago(), audit, RecordsDesk.sampleFiles());
  private final ResidentRecord file = RecordsDesk.sampleFiles().get(0);

  private static RecordsRequest ask(
      Agency requester, Purpose purpose, Set<Paper> papers, Field... fields) {
    return new RecordsRequest("rec-1", requester, purpose, papers, "F-1001", Set.of(fields));
  }

  @Test
  void handle_iceAsksStatusAndAddress_refusedAndAuditHoldsNoPersonalData() {
    Reply<ResidentRecord> reply =
        desk.handle(
            ask(
                Agency.ICE_ERO,
                Purpose.UNKNOWN,
                Set.of(),
                Field.IMMIGRATION_STATUS,
                Field.ADDRESS));

    assertThat(reply.decision().effect()).isEqualTo(Effect.DENY);
    assertThat(reply.course()).isEqualTo(Course.REFUSE);
    assertThat(reply.release()).isEmpty();
    assertThat(audit.entries())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.requestId()).isEqualTo("rec-1");
              assertThat(entry.at()).isEqualTo(NOW);
              assertThat(entry.effect()).isEqualTo(Effect.DENY);
              assertThat(entry.categories())
                  .containsExactly(
                      InformationCategory.IMMIGRATION_STATUS,
                      InformationCategory.CONTACT_INFORMATION);
              assertThat(entry.clauses()).containsExactly("EO-1", "EO-2.1");
            });
    String text = audit.entries().get(0).line() + String.join("\n", reply.steps());
    assertThat(text).contains("rec-1", "FEDERAL_IMMIGRATION_ENFORCEMENT", "DENY", "EO-2.1");
    RecordsDesk.sampleFiles().stream()
        .flatMap(f -> Stream.concat(Stream.of(f.fileNumber()), f.values().values().stream()))
        .forEach(value -> assertThat(text).doesNotContain(value));
  }

  @Test
  void handle_stateAgencyAsksStatusAndCaseRecordsForCityService_releasesAllButStatusFields() {
    Reply<ResidentRecord> reply =
        desk.handle(
            ask(
                Agency.STATE_AGENCY,
                Purpose.CITY_SERVICE,
                Set.of(),
                Field.NAME,
                Field.ADDRESS,
                Field.IMMIGRATION_STATUS,
                Field.PLACE_OF_BIRTH,
                Field.CASE_NOTES));

    assertThat(reply.decision().effect()).isEqualTo(Effect.PERMIT);
    assertThat(reply.course()).isEqualTo(Course.ACT);
    assertThat(reply.release().orElseThrow().values())
        .containsOnlyKeys(Field.NAME, Field.ADDRESS, Field.CASE_NOTES)
        .containsEntry(Field.NAME, file.values().get(Field.NAME))
        .containsEntry(Field.ADDRESS, file.values().get(Field.ADDRESS))
        .containsEntry(Field.CASE_NOTES, file.values().get(Field.CASE_NOTES));
    assertThat(reply.steps()).anyMatch(s -> s.contains("immigration status and place of birth"));
    assertThat(audit.entries()).isEmpty();
  }

  @Test
  void handle_stateAgencyAsksStatusOnly_refusedWithConsentAmongRemedies() {
    Reply<ResidentRecord> reply =
        desk.handle(
            ask(Agency.STATE_AGENCY, Purpose.CITY_SERVICE, Set.of(), Field.IMMIGRATION_STATUS));

    assertThat(reply.course()).isEqualTo(Course.REFUSE);
    assertThat(reply.release()).isEmpty();
    assertThat(reply.decision().remedies())
        .contains(Remedy.of(Authority.WRITTEN_CONSENT, Effect.PERMIT));
  }

  @Test
  void handle_iceWithCourtOrder_preparesWholeReleaseUntilLawDepartmentVerifies() {
    Reply<ResidentRecord> reply =
        desk.handle(
            ask(
                Agency.ICE_ERO,
                Purpose.UNKNOWN,
                Set.of(Paper.COURT_ORDER),
                Field.IMMIGRATION_STATUS,
                Field.ADDRESS));

    assertThat(reply.decision().effect()).isEqualTo(Effect.PERMIT);
    assertThat(reply.course()).isEqualTo(Course.VERIFY_THEN_ACT);
    assertThat(reply.release().orElseThrow().values())
        .containsOnlyKeys(Field.IMMIGRATION_STATUS, Field.ADDRESS);
    assertThat(reply.steps())
        .anyMatch(s -> s.startsWith("Prepared") && s.contains("Law Department confirms"))
        .anyMatch(s -> s.contains("Sent a court order to the Law Department"))
        .anyMatch(s -> s.contains("release only the fields a court order covers"));
    assertThat(audit.entries())
        .singleElement()
        .satisfies(entry -> assertThat(entry.clauses()).containsExactly("EO-1(a)", "EO-2.1(a)"));
  }

  @Test
  void handle_courtWithJudicialSubpoena_preparedWithoutAudit() {
    Reply<ResidentRecord> reply =
        desk.handle(
            ask(
                Agency.COURT,
                Purpose.LITIGATION,
                Set.of(Paper.JUDICIAL_SUBPOENA),
                Field.PLACE_OF_BIRTH,
                Field.CASE_NOTES));

    assertThat(reply.course()).isEqualTo(Course.VERIFY_THEN_ACT);
    assertThat(reply.release().orElseThrow().values())
        .containsOnlyKeys(Field.PLACE_OF_BIRTH, Field.CASE_NOTES);
    assertThat(audit.entries()).isEmpty();
  }

  @Test
  void handle_uscisWithSignedConsentForOwnApplication_releasesWithinConsent() {
    Reply<ResidentRecord> reply =
        desk.handle(
            ask(
                Agency.USCIS,
                Purpose.SUBJECT_BENEFIT,
                Set.of(Paper.SIGNED_CONSENT),
                Field.NAME,
                Field.IMMIGRATION_STATUS,
                Field.CASE_NOTES));

    assertThat(reply.course()).isEqualTo(Course.ACT);
    assertThat(reply.release().orElseThrow().values())
        .containsOnlyKeys(Field.NAME, Field.IMMIGRATION_STATUS, Field.CASE_NOTES);
    assertThat(reply.steps())
        .anyMatch(s -> s.contains("release only the fields the person's signed consent covers"));
  }

  @Test
  void handle_iceWithSignedConsent_refused() {
    Reply<ResidentRecord> reply =
        desk.handle(
            ask(
                Agency.ICE_ERO,
                Purpose.UNKNOWN,
                Set.of(Paper.SIGNED_CONSENT),
                Field.IMMIGRATION_STATUS,
                Field.ADDRESS));

    assertThat(reply.course()).isEqualTo(Course.REFUSE);
    assertThat(reply.release()).isEmpty();
  }

  @Test
  void handle_hsiClaimsCriminalInvestigation_heldAndReferred() {
    Reply<ResidentRecord> reply =
        desk.handle(
            ask(
                Agency.ICE_HSI,
                Purpose.CRIMINAL_INVESTIGATION,
                Set.of(),
                Field.ADDRESS,
                Field.CRIMINAL_HISTORY));

    assertThat(reply.decision().effect()).isEqualTo(Effect.ESCALATE);
    assertThat(reply.course()).isEqualTo(Course.HOLD_AND_REFER);
    assertThat(reply.release()).isEmpty();
    assertThat(desk.referrals()).containsExactly("rec-1");
    assertThat(audit.entries())
        .singleElement()
        .satisfies(entry -> assertThat(entry.effect()).isEqualTo(Effect.ESCALATE));
  }

  @Test
  void handle_residentAsksForWholeFile_releasesWholeFile() {
    Reply<ResidentRecord> reply =
        desk.handle(
            ask(
                Agency.RESIDENT,
                Purpose.SUBJECT_BENEFIT,
                Set.of(),
                EnumSet.allOf(Field.class).toArray(Field[]::new)));

    assertThat(reply.decision().governed()).isFalse();
    assertThat(reply.release().orElseThrow()).isEqualTo(file);
    assertThat(audit.entries()).isEmpty();
  }

  @Test
  void handle_researcherAsksForCount_countReleased() {
    Reply<Statistics> reply =
        desk.handle(new StatisticsRequest("stat-1", Agency.PRIVATE_PARTY, Purpose.UNKNOWN));

    assertThat(reply.course()).isEqualTo(Course.ACT);
    assertThat(reply.release()).contains(new Statistics(2));
  }

  @Test
  void handle_iceAsksForCount_refusedAndAudited() {
    Reply<Statistics> reply =
        desk.handle(new StatisticsRequest("stat-2", Agency.ICE_ERO, Purpose.UNKNOWN));

    assertThat(reply.course()).isEqualTo(Course.REFUSE);
    assertThat(reply.release()).isEmpty();
    assertThat(audit.entries())
        .singleElement()
        .satisfies(
            entry ->
                assertThat(entry.categories())
                    .containsExactly(InformationCategory.AGGREGATE_STATISTICS));
  }

  @Test
  void handle_unknownFile_throwsNamingTheField() {
    RecordsRequest asked =
        new RecordsRequest(
            "rec-9", Agency.RESIDENT, Purpose.UNKNOWN, Set.of(), "F-0000", Set.of(Field.NAME));

    assertThatThrownBy(() -> desk.handle(asked))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fileNumber")
        .hasMessageContaining("F-0000");
  }

  @Test
  void walkthrough_everyCase_printsItsDecisionAndNoValueFromAFile() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RecordsDesk.walkthrough(new PrintStream(bytes, true, UTF_8), Clock.fixed(NOW, ZoneOffset.UTC));
    String out = bytes.toString(UTF_8);

    assertThat(out)
        .contains("# Records-request desk")
        .contains("## 7. ICE asks for the same count")
        .contains("Decision: DENY, refused.")
        .contains("Course: VERIFY_THEN_ACT")
        .contains("Released the file's name and case notes.")
        .contains("Decision: ESCALATE, held and referred to the Law Department.")
        .contains("Released the count of files (2).")
        .contains("Waiting for the Law Department: [rec-05]");
    assertThat(out).doesNotContain("Temporary Protected Status", "Ana Reyes Morales");
  }
}
