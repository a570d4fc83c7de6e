package org.sanctuarypolicy.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Preconditions;
import java.util.List;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.ClauseException;
import org.sanctuarypolicy.api.Condition;
import org.sanctuarypolicy.api.NexusRule;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Term;

/** Writes a {@link ClauseCatalog} and the identity of its policy as a JSON object. */
final class CatalogCodec {
  private CatalogCodec() {}

  static ObjectNode toTree(ClauseCatalog catalog, PolicyInfo info) {
    Preconditions.checkArgument(
        catalog.id().equals(info.id())
            && catalog.version().equals(info.version())
            && catalog.fingerprint().equals(info.fingerprint()),
        "policy: %s %s %s does not match the catalog %s %s %s; allowed: the info of the catalog's"
            + " policy",
        info.id(),
        info.version(),
        info.fingerprint(),
        catalog.id(),
        catalog.version(),
        catalog.fingerprint());
    ObjectNode node = Wire.objectNode();
    node.set("policy", DecisionCodec.policyTree(info));
    node.put("title", catalog.title());
    ArrayNode rules = node.putArray("nexusRules");
    for (NexusRule rule : catalog.nexusRules()) {
      ObjectNode item = rules.addObject();
      item.put("nexus", rule.nexus().name());
      item.set("condition", condition(rule.condition()));
      item.put("text", rule.text());
    }
    node.set("physicalActions", Wire.names(catalog.physicalActions()));
    node.set("remedyCandidates", Wire.names(catalog.remedyCandidates()));
    ArrayNode clauses = node.putArray("clauses");
    for (Clause clause : catalog.clauses()) {
      clauses.add(clause(clause));
    }
    if (!catalog.terms().isEmpty()) {
      ArrayNode terms = node.putArray("terms");
      for (Term term : catalog.terms()) {
        ObjectNode item = terms.addObject();
        item.put("name", term.name());
        item.set("condition", condition(term.condition()));
      }
    }
    return node;
  }

  /** The indented form: two spaces per level, {@code "field": value}, one list item per line. */
  static String writePretty(ObjectNode tree) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));
    try {
      return Wire.MAPPER.writer(printer).writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      // A tree of strings, arrays and objects built by this package always serializes.
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  private static ObjectNode clause(Clause clause) {
    ObjectNode node = Wire.objectNode();
    node.put("id", clause.id());
    node.put("title", clause.title());
    node.put("text", clause.text());
    node.set("sources", Wire.strings(clause.sources()));
    node.set("binds", Wire.names(clause.binds()));
    node.set("scope", condition(clause.scope()));
    node.put("baseEffect", clause.baseEffect().name());
    node.set("baseObligations", Wire.names(clause.baseObligations()));
    ArrayNode exceptions = node.putArray("exceptions");
    for (ClauseException exception : clause.exceptions()) {
      ObjectNode item = exceptions.addObject();
      item.put("id", exception.id());
      item.set("condition", condition(exception.condition()));
      item.put("effect", exception.effect().name());
      item.set("obligations", Wire.names(exception.obligations()));
      item.put("text", exception.text());
    }
    return node;
  }

  /**
   * A condition as {@code {"kind":..., "values":[...]}} for a leaf, or {@code {"kind":...,
   * "operands":[...]}} for {@code ALL_OF}, {@code ANY_OF} and {@code NOT} (one operand).
   */
  static ObjectNode condition(Condition condition) {
    ObjectNode node = Wire.objectNode();
    node.put("kind", condition.kind().name());
    return condition.accept(
        new Condition.Visitor<ObjectNode>() {
          @Override
          public ObjectNode actorIn(Condition.ActorIn leaf) {
            return node.set("values", Wire.names(leaf.values()));
          }

          @Override
          public ObjectNode actionIn(Condition.ActionIn leaf) {
            return node.set("values", Wire.names(leaf.values()));
          }

          @Override
          public ObjectNode counterpartyIn(Condition.CounterpartyIn leaf) {
            return node.set("values", Wire.names(leaf.values()));
          }

          @Override
          public ObjectNode purposeIn(Condition.PurposeIn leaf) {
            return node.set("values", Wire.names(leaf.values()));
          }

          @Override
          public ObjectNode nexusIn(Condition.NexusIn leaf) {
            return node.set("values", Wire.names(leaf.values()));
          }

          @Override
          public ObjectNode areaIn(Condition.AreaIn leaf) {
            return node.set("values", Wire.names(leaf.values()));
          }

          @Override
          public ObjectNode presentedAny(Condition.PresentedAny leaf) {
            return node.set("values", Wire.names(leaf.values()));
          }

          @Override
          public ObjectNode informationAny(Condition.InformationAny leaf) {
            return node.set("values", Wire.names(leaf.values()));
          }

          @Override
          public ObjectNode allOf(Condition.AllOf combined) {
            return operands(combined.operands());
          }

          @Override
          public ObjectNode anyOf(Condition.AnyOf combined) {
            return operands(combined.operands());
          }

          @Override
          public ObjectNode not(Condition.Not negation) {
            return operands(List.of(negation.operand()));
          }

          private ObjectNode operands(List<Condition> operands) {
            ArrayNode array = node.putArray("operands");
            operands.forEach(operand -> array.add(condition(operand)));
            return node;
          }
        });
  }
}
