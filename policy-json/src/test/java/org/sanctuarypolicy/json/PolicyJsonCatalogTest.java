package org.sanctuarypolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanctuarypolicy.json.PolicyJsonTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.BaseEffect;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.ClauseException;
import org.sanctuarypolicy.api.Condition;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.NexusRule;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/** The clause catalog on the wire. */
class PolicyJsonCatalogTest {
  private static final Clause HOLD =
      Clause.builder()
          .id("EO-5.1")
          .title("No compliance with immigration detainers")
          .text("The city does not hold people for ICE.")
          .addSources("Effect 4", "MCC 2-173-042")
          .addBinds(Actor.CITY_DEPARTMENT, Actor.CITY_CONTRACTOR)
          .scope(
              Condition.allOf(
                  Condition.actionIn(Action.HOLD_ON_DETAINER),
                  Condition.not(Condition.nexusIn(Nexus.NONE))))
          .baseEffect(BaseEffect.DENY)
          .addBaseObligations(ObligationType.DOCUMENT_AND_REPORT)
          .addExceptions(
              ClauseException.of(
                  "EO-5.1(a)",
                  Condition.presentedAny(Authority.COURT_ORDER, Authority.JUDICIAL_WARRANT),
                  Effect.PERMIT,
                  EnumSet.of(ObligationType.VERIFY_AUTHORITY),
                  "A judge signed it."))
          .build();

  private static final ClauseCatalog CATALOG =
      ClauseCatalog.builder()
          .id("test")
          .version("1.0.0")
          .title("A test order")
          .addNexusRules(
              NexusRule.of(
                  Condition.purposeIn(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT),
                  Nexus.CONFIRMED,
                  "Stated."))
          .addPhysicalActions(Action.HOLD_ON_DETAINER, Action.ARREST_OR_DETAIN)
          .addRemedyCandidates(Authority.JUDICIAL_WARRANT, Authority.COURT_ORDER)
          .addClauses(HOLD)
          .build();

  private static final PolicyInfo INFO = PolicyInfo.of("test", "1.0.0", CATALOG.fingerprint());

  @Test
  void write_smallCatalog_writesEveryFieldAndNestedConditions() {
    assertThat(PolicyJson.write(CATALOG, INFO))
        .isEqualTo(
            json(
                "{'policy':{'id':'test','version':'1.0.0','fingerprint':'"
                    + CATALOG.fingerprint()
                    + "'},'title':'A test order','nexusRules':[{'nexus':'CONFIRMED',"
                    + "'condition':{'kind':'PURPOSE_IN',"
                    + "'values':['CIVIL_IMMIGRATION_ENFORCEMENT']},'text':'Stated.'}],"
                    + "'physicalActions':['ARREST_OR_DETAIN','HOLD_ON_DETAINER'],"
                    + "'remedyCandidates':['JUDICIAL_WARRANT','COURT_ORDER'],'clauses':[{'id':'EO-5.1','title':'No"
                    + " compliance with immigration detainers','text':'The city does not hold"
                    + " people for ICE.','sources':['Effect 4','MCC 2-173-042'],"
                    + "'binds':['CITY_DEPARTMENT','CITY_CONTRACTOR'],"
                    + "'scope':{'kind':'ALL_OF','operands':["
                    + "{'kind':'ACTION_IN','values':['HOLD_ON_DETAINER']},"
                    + "{'kind':'NOT','operands':[{'kind':'NEXUS_IN','values':['NONE']}]}]},"
                    + "'baseEffect':'DENY','baseObligations':['DOCUMENT_AND_REPORT'],"
                    + "'exceptions':[{'id':'EO-5.1(a)','condition':{'kind':'PRESENTED_ANY',"
                    + "'values':['JUDICIAL_WARRANT','COURT_ORDER']},'effect':'PERMIT','obligations':['VERIFY_AUTHORITY'],'text':'A"
                    + " judge signed it.'}]}]}"));
  }

  @Test
  void toTree_smallCatalog_isTheTreeThatWriteWrites() throws Exception {
    JsonNode tree = PolicyJson.toTree(CATALOG, INFO);

    assertThat(tree).isEqualTo(new ObjectMapper().readTree(PolicyJson.write(CATALOG, INFO)));
    assertThat(tree.path("clauses").get(0).path("id").textValue()).isEqualTo("EO-5.1");
  }

  @Test
  void write_infoOfAnotherPolicy_rejected() {
    assertThatThrownBy(
            () -> PolicyJson.write(CATALOG, PolicyInfo.of("other", "1.0.0", "sha256:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("policy: other 1");
  }

  @Test
  void write_infoWithAnotherFingerprint_rejected() {
    assertThatThrownBy(() -> PolicyJson.write(CATALOG, PolicyInfo.of("test", "1.0.0", "sha256:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("policy: test 1.0.0 sha256:00 does not match the catalog test 1.0.0");
  }

  @Test
  void write_chicagoCatalog_holdsEveryClauseAndExceptionInOrder() throws Exception {
    Policy policy = SanctuaryPolicy.chicago();
    JsonNode tree = new ObjectMapper().readTree(PolicyJson.write(policy.catalog(), policy.info()));

    assertThat(tree.path("policy").path("fingerprint").textValue())
        .isEqualTo(policy.info().fingerprint());
    assertThat(tree.path("nexusRules").size()).isEqualTo(policy.catalog().nexusRules().size());
    assertThat(tree.path("remedyCandidates").toString())
        .isEqualTo(
            "[\"JUDICIAL_WARRANT\",\"COURT_ORDER\",\"STATUTORY_REQUIREMENT\",\"WRITTEN_CONSENT\"]");
    List<Clause> clauses = policy.catalog().clauses();
    assertThat(tree.path("clauses").size()).isEqualTo(clauses.size());
    for (int i = 0; i < clauses.size(); i++) {
      JsonNode clause = tree.path("clauses").get(i);
      assertThat(clause.path("id").textValue()).isEqualTo(clauses.get(i).id());
      assertThat(clause.path("scope").path("kind").textValue())
          .isEqualTo(clauses.get(i).scope().kind().name());
      assertThat(clause.path("exceptions").size()).isEqualTo(clauses.get(i).exceptions().size());
      for (int j = 0; j < clauses.get(i).exceptions().size(); j++) {
        assertThat(clause.path("exceptions").get(j).path("id").textValue())
            .isEqualTo(clauses.get(i).exceptions().get(j).id());
      }
    }
  }
}
