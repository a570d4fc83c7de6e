package org.sanctuarypolicy.api;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/**
 * The fingerprint of a clause catalog: {@code sha256:} and the hex SHA-256 of its canonical form.
 *
 * <p>The canonical form writes every field of the catalog in a fixed order; each string as a
 * netstring ({@code length:text,}), each list in brackets, each enum by its name. It depends on
 * nothing but the catalog's content, so it is the same across runs, JVMs and machines, and any
 * change to a clause, an exception, a condition, a term or a text changes it. The terms are written
 * last and only when there are some, so that a catalog without terms keeps the form (and the
 * fingerprint) it had before catalogs had terms.
 */
final class CatalogFingerprint implements Condition.Visitor<CatalogFingerprint> {
  private final StringBuilder out = new StringBuilder();

  private CatalogFingerprint() {}

  static String of(ClauseCatalog catalog) {
    return "sha256:" + Hashing.sha256().hashString(canonical(catalog), StandardCharsets.UTF_8);
  }

  static String canonical(ClauseCatalog catalog) {
    CatalogFingerprint writer = new CatalogFingerprint();
    writer.catalog(catalog);
    return writer.out.toString();
  }

  private void catalog(ClauseCatalog catalog) {
    string(catalog.id()).string(catalog.version()).string(catalog.title());
    out.append('[');
    for (NexusRule rule : catalog.nexusRules()) {
      condition(rule.condition()).string(rule.nexus().name()).string(rule.text());
    }
    out.append(']');
    names(catalog.physicalActions()).names(catalog.remedyCandidates());
    out.append('[');
    for (Clause clause : catalog.clauses()) {
      clause(clause);
    }
    out.append(']');
    if (!catalog.terms().isEmpty()) {
      out.append('[');
      for (Term term : catalog.terms()) {
        string(term.name()).condition(term.condition());
      }
      out.append(']');
    }
  }

  private void clause(Clause clause) {
    string(clause.id()).string(clause.title()).string(clause.text());
    out.append('[');
    clause.sources().forEach(this::string);
    out.append(']');
    names(clause.binds()).condition(clause.scope()).string(clause.baseEffect().name());
    names(clause.baseObligations());
    out.append('[');
    for (ClauseException exception : clause.exceptions()) {
      string(exception.id()).condition(exception.condition()).string(exception.effect().name());
      names(exception.obligations()).string(exception.text());
    }
    out.append(']');
  }

  private CatalogFingerprint condition(Condition condition) {
    out.append('(');
    string(condition.kind().name());
    condition.accept(this);
    out.append(')');
    return this;
  }

  // A leaf writes eight lists, its own values in its place and the others empty, and no operand;
  // a combinator writes eight empty lists and its operands: the form conditions always had.

  private CatalogFingerprint leaf(int position, Collection<? extends Enum<?>> values) {
    for (int i = 0; i < 8; i++) {
      names(i == position ? values : List.of());
    }
    return this;
  }

  private CatalogFingerprint operands(Collection<Condition> operands) {
    leaf(-1, List.of());
    operands.forEach(this::condition);
    return this;
  }

  @Override
  public CatalogFingerprint actorIn(Condition.ActorIn condition) {
    return leaf(0, condition.values());
  }

  @Override
  public CatalogFingerprint actionIn(Condition.ActionIn condition) {
    return leaf(1, condition.values());
  }

  @Override
  public CatalogFingerprint counterpartyIn(Condition.CounterpartyIn condition) {
    return leaf(2, condition.values());
  }

  @Override
  public CatalogFingerprint purposeIn(Condition.PurposeIn condition) {
    return leaf(3, condition.values());
  }

  @Override
  public CatalogFingerprint nexusIn(Condition.NexusIn condition) {
    return leaf(4, condition.values());
  }

  @Override
  public CatalogFingerprint areaIn(Condition.AreaIn condition) {
    return leaf(5, condition.values());
  }

  @Override
  public CatalogFingerprint presentedAny(Condition.PresentedAny condition) {
    return leaf(6, condition.values());
  }

  @Override
  public CatalogFingerprint informationAny(Condition.InformationAny condition) {
    return leaf(7, condition.values());
  }

  @Override
  public CatalogFingerprint allOf(Condition.AllOf condition) {
    return operands(condition.operands());
  }

  @Override
  public CatalogFingerprint anyOf(Condition.AnyOf condition) {
    return operands(condition.operands());
  }

  @Override
  public CatalogFingerprint not(Condition.Not condition) {
    return operands(List.of(condition.operand()));
  }

  private CatalogFingerprint names(Collection<? extends Enum<?>> values) {
    out.append('[');
    values.forEach(value -> string(value.name()));
    out.append(']');
    return this;
  }

  private CatalogFingerprint string(String value) {
    out.append(value.length()).append(':').append(value).append(',');
    return this;
  }
}
