package org.sanctuarypolicy.examples.cli;

import com.google.common.collect.ImmutableList;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Obligation;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.api.Remedy;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.examples.desk.Words;

/**
 * {@code demo}: walks through realistic municipal scenarios, each decided by the Chicago order and
 * printed in plain words. It uses the public API only, as a city developer would.
 */
final class DemoCommand implements Command {
  /** A situation a city employee meets, and the request their system would send. */
  private static final class Scenario {
    final String title;
    final String situation;
    final Request request;

    Scenario(String title, String situation, Request.Builder request) {
      this.title = title;
      this.situation = situation;
      this.request = request.build();
    }
  }

  private static final ImmutableList<Scenario> SCENARIOS =
      ImmutableList.of(
          new Scenario(
              "Records desk: ICE asks for a resident's status",
              "An ICE officer e-mails the records desk for a resident's immigration status and"
                  + " home address. Nothing is attached.",
              Request.builder()
                  .requestId("demo-01")
                  .action(Action.DISCLOSE_INFORMATION)
                  .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .information(
                      InformationCategory.IMMIGRATION_STATUS,
                      InformationCategory.CONTACT_INFORMATION)),
          new Scenario(
              "Records desk: the same request, with a court order",
              "This time the officer attaches an order signed by a federal judge that compels"
                  + " the records.",
              Request.builder()
                  .requestId("demo-02")
                  .action(Action.DISCLOSE_INFORMATION)
                  .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .authorities(Authority.COURT_ORDER)
                  .information(
                      InformationCategory.IMMIGRATION_STATUS,
                      InformationCategory.CONTACT_INFORMATION)),
          new Scenario(
              "Police lockup: consular notification",
              "A foreign national is arrested; the Vienna Convention requires the police to"
                  + " notify the consulate, which learns the person's identity, custody and"
                  + " nationality.",
              Request.builder()
                  .requestId("demo-03")
                  .action(Action.DISCLOSE_INFORMATION)
                  .counterparty(Counterparty.FOREIGN_GOVERNMENT)
                  .purpose(Purpose.CITY_SERVICE)
                  .authorities(Authority.STATUTORY_REQUIREMENT)
                  .information(
                      InformationCategory.PLACE_OF_BIRTH,
                      InformationCategory.CUSTODY_STATUS,
                      InformationCategory.IDENTITY)),
          new Scenario(
              "Facilities office: a garage as an ICE staging area",
              "ICE asks the fleet office to use a city parking garage to stage vehicles before"
                  + " an enforcement operation.",
              Request.builder()
                  .requestId("demo-04")
                  .action(Action.PROVIDE_FACILITY)
                  .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT)
                  .facilityArea(FacilityArea.NON_PUBLIC)),
          new Scenario(
              "City Hall: agents in the public lobby",
              "Federal agents ask whether they may wait in the public lobby of City Hall, open to"
                  + " everyone.",
              Request.builder()
                  .requestId("demo-05")
                  .action(Action.PROVIDE_FACILITY)
                  .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .facilityArea(FacilityArea.PUBLIC)),
          new Scenario(
              "Police lockup: an I-247A detainer asks for a hold",
              "A detainee is due for release; ICE faxes an I-247A detainer asking the city to"
                  + " hold the person for 48 hours.",
              Request.builder()
                  .requestId("demo-06")
                  .action(Action.HOLD_ON_DETAINER)
                  .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT)
                  .authorities(Authority.IMMIGRATION_DETAINER)),
          new Scenario(
              "Police lockup: the same hold, with a judicial warrant",
              "With the detainer comes a criminal arrest warrant signed by a judge on probable"
                  + " cause.",
              Request.builder()
                  .requestId("demo-07")
                  .action(Action.HOLD_ON_DETAINER)
                  .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT)
                  .authorities(Authority.IMMIGRATION_DETAINER, Authority.JUDICIAL_WARRANT)),
          new Scenario(
              "911 dispatch: a perimeter for an ICE raid",
              "ICE asks dispatch for four patrol cars to hold a perimeter around an apartment"
                  + " building during a raid.",
              Request.builder()
                  .requestId("demo-08")
                  .action(Action.COMMIT_RESOURCES)
                  .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT)),
          new Scenario(
              "911 dispatch: a medical emergency near an operation",
              "During an enforcement operation a bystander collapses; agents call for an"
                  + " ambulance.",
              Request.builder()
                  .requestId("demo-09")
                  .action(Action.COMMIT_RESOURCES)
                  .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(Purpose.EMERGENCY_RESPONSE)),
          new Scenario(
              "Police: a U-visa certification for USCIS",
              "A crime victim applying for a U visa asks the police to confirm details to"
                  + " USCIS, and signs a consent.",
              Request.builder()
                  .requestId("demo-10")
                  .action(Action.INQUIRE_STATUS)
                  .counterparty(Counterparty.FEDERAL_IMMIGRATION_BENEFITS)
                  .purpose(Purpose.SUBJECT_BENEFIT)
                  .authorities(Authority.WRITTEN_CONSENT)),
          new Scenario(
              "Public schools: ICE asks a sister agency",
              "ICE asks the school district, a separate unit of government, for a student's"
                  + " family contact details.",
              Request.builder()
                  .requestId("demo-11")
                  .actor(Actor.SISTER_AGENCY)
                  .action(Action.DISCLOSE_INFORMATION)
                  .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .information(
                      InformationCategory.CONTACT_INFORMATION, InformationCategory.IDENTITY)),
          new Scenario(
              "Police records: a state investigation asks for a mixed file",
              "State police investigating a burglary ask for a suspect's identity, criminal"
                  + " history and place of birth.",
              Request.builder()
                  .requestId("demo-12")
                  .action(Action.DISCLOSE_INFORMATION)
                  .counterparty(Counterparty.STATE_OR_LOCAL_AGENCY)
                  .purpose(Purpose.CRIMINAL_INVESTIGATION)
                  .information(
                      InformationCategory.IDENTITY,
                      InformationCategory.CRIMINAL_HISTORY,
                      InformationCategory.PLACE_OF_BIRTH)),
          new Scenario(
              "Mayor's office: a 287(g) agreement",
              "ICE proposes a 287(g) agreement that would deputize city officers for"
                  + " immigration work.",
              Request.builder()
                  .requestId("demo-13")
                  .action(Action.ENTER_AGREEMENT)
                  .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT)),
          new Scenario(
              "Police lockup: HSI asks for a release date, citing a criminal case",
              "An HSI agent calls the lockup: a smuggling investigation needs to know when a"
                  + " detainee will be released. Immigration authorities are not told a person's"
                  + " custody status, release date or contact information, whatever purpose they"
                  + " state.",
              Request.builder()
                  .requestId("demo-13")
                  .action(Action.DISCLOSE_INFORMATION)
                  .counterparty(Counterparty.FEDERAL_IMMIGRATION_INVESTIGATIONS)
                  .purpose(Purpose.CRIMINAL_INVESTIGATION)
                  .information(InformationCategory.RELEASE_INFORMATION)));

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String summary() {
    return "walk through a dozen municipal scenarios and print each decision in plain words";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    if (!args.isEmpty()) {
      return Main.usageError(this, "takes no arguments", err);
    }
    Policy policy = SanctuaryPolicy.chicago();
    out.println("# " + policy.catalog().title());
    out.println();
    out.println(Words.policy(policy));
    Map<Effect, Integer> counts = new EnumMap<>(Effect.class);
    int number = 0;
    for (Scenario scenario : SCENARIOS) {
      Decision decision = policy.evaluate(scenario.request);
      counts.merge(decision.effect(), 1, Integer::sum);
      out.println();
      print(++number, scenario, decision, policy.catalog(), out);
    }
    out.println();
    StringBuilder summary = new StringBuilder(number + " scenarios:");
    counts.forEach((effect, count) -> summary.append(' ').append(count).append(' ').append(effect));
    out.println(summary);
    return Main.EXIT_OK;
  }

  /**
   * One finding in the words of the decision it is part of. A finding with another effect than the
   * decision says so, and which clause decides instead, so that a clause that would allow (with the
   * categories it protects withheld) does not read as a contradiction under a refusal: "EO-2.1
   * alone allows it with the categories it protects withheld, but EO-1 refuses the request: ...".
   */
  static String finding(Reason reason, Decision decision, ClauseCatalog catalog) {
    String id = id(reason);
    if (reason.effect() == decision.effect()) {
      return id + " " + verb(reason.effect(), "it") + ": " + reason.text();
    }
    String decider =
        decision.reasons().stream()
            .filter(other -> other.effect() == decision.effect())
            .map(DemoCommand::id)
            .findFirst()
            .orElse("the order");
    return id
        + " alone "
        + verb(reason.effect(), "it")
        + (Words.withholds(reason, catalog) ? " with the categories it protects withheld" : "")
        + ", but "
        + decider
        + " "
        + verb(decision.effect(), "the request")
        + ": "
        + reason.text();
  }

  private static String id(Reason reason) {
    return reason.exception().orElse(reason.clause());
  }

  private static String verb(Effect effect, String object) {
    return switch (effect) {
      case PERMIT -> "allows " + object;
      case DENY -> "refuses " + object;
      case ESCALATE -> "refers " + object + " to the Law Department";
    };
  }

  private static void print(
      int number, Scenario scenario, Decision decision, ClauseCatalog catalog, PrintStream out) {
    out.println("## " + number + ". " + scenario.title);
    out.println();
    out.println(scenario.situation);
    out.println("Request: " + Words.request(scenario.request));
    out.println(
        "Decision: "
            + decision.effect()
            + (decision.governed() ? "" : " (the order does not speak to this request)"));
    for (Reason reason : decision.reasons()) {
      out.println("  - " + finding(reason, decision, catalog));
    }
    if (!decision.obligations().isEmpty()) {
      out.println("Obligations:");
      for (Obligation obligation : decision.obligations()) {
        String words = Words.obligation(obligation.type());
        if (obligation.type() == ObligationType.REDACT) {
          words +=
              " "
                  + Words.list(obligation.categories(), Words::information)
                  + " ("
                  + obligation.categories()
                  + ")";
        }
        out.println("  - " + obligation.type() + ": " + words);
      }
    }
    if (!decision.remedies().isEmpty()) {
      out.println("What would change it:");
      for (Remedy remedy : decision.remedies()) {
        out.println("  - with " + Words.authority(remedy.authority()) + ": " + remedy.effect());
      }
    }
  }
}
