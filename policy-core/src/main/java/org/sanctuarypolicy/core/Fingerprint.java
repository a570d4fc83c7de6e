package org.sanctuarypolicy.core;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.ClauseException;
import org.sanctuarypolicy.api.Condition;
import org.sanctuarypolicy.api.NexusRule;

/**
 * The fingerprint of a clause catalog: {@code sha256:} and the hex SHA-256 of its canonical form.
 *
 * <p>The canonical form writes every field of the catalog in a fixed order; each string as a
 * netstring ({@code length:text,}), each list in brackets, each enum by its name. It depends on
 * nothing but the catalog's content, so it is the same across runs, JVMs and machines, and any
 * change to a clause, an exception, a condition or a text changes it.
 */
final class Fingerprint {
  private final StringBuilder out = new StringBuilder();

  private Fingerprint() {}

  static String of(ClauseCatalog catalog) {
    String canonical = canonical(catalog);
    return "sha256:" + Hashing.sha256().hashString(canonical, StandardCharsets.UTF_8);
  }

  static String canonical(ClauseCatalog catalog) {
    Fingerprint writer = new Fingerprint();
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

  private Fingerprint condition(Condition condition) {
    out.append('(');
    string(condition.kind().name());
    names(condition.actors()).names(condition.actions()).names(condition.counterparties());
    names(condition.purposes()).names(condition.nexuses()).names(condition.areas());
    names(condition.authorities()).names(condition.information());
    condition.operands().forEach(this::condition);
    out.append(')');
    return this;
  }

  private Fingerprint names(Collection<? extends Enum<?>> values) {
    out.append('[');
    values.forEach(value -> string(value.name()));
    out.append(']');
    return this;
  }

  private Fingerprint string(String value) {
    out.append(value.length()).append(':').append(value).append(',');
    return this;
  }
}
