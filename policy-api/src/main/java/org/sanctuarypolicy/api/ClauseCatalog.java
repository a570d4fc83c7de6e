package org.sanctuarypolicy.api;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The whole clause catalog of a policy: its id, version, title, nexus rules, clauses in order and
 * named terms. Any catalog written in the vocabulary is one of these, the built-in order or an
 * amendment read from JSON; one that cannot be built breaks a rule its message names.
 */
@Value.Immutable
public abstract class ClauseCatalog {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");
  private static final Pattern VERSION =
      Pattern.compile("(?:0|[1-9][0-9]{0,8})(?:\\.(?:0|[1-9][0-9]{0,8})){2}(?:-[0-9A-Za-z.-]+)?");
  private static final ImmutableSet<Authority> NON_JUDICIAL =
      Sets.immutableEnumSet(
          Authority.IMMIGRATION_DETAINER,
          Authority.ADMINISTRATIVE_WARRANT,
          Authority.ADMINISTRATIVE_SUBPOENA);

  ClauseCatalog() {}

  /**
   * The policy id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The policy version.
   *
   * @return the version
   */
  public abstract String version();

  /**
   * The policy's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The rules of the enforcement nexus, tried in order; the first that holds gives the nexus, and
   * {@link Nexus#NONE} when none does.
   *
   * @return the nexus rules
   */
  public abstract ImmutableList<NexusRule> nexusRules();

  /**
   * The physical actions: a DENY finding carries {@link ObligationType#DO_NOT_OBSTRUCT} only for
   * one of these.
   *
   * @return the physical actions, in enum order
   */
  public abstract ImmutableSet<Action> physicalActions();

  /**
   * The instruments tried as remedies for a DENY or ESCALATE decision, in the order they are
   * listed.
   *
   * @return the remedy candidates
   */
  public abstract ImmutableList<Authority> remedyCandidates();

  /**
   * The clauses, in the order their findings are reported.
   *
   * @return the clauses
   */
  public abstract ImmutableList<Clause> clauses();

  /**
   * The catalog's named terms, in the order they are listed; descriptions of its conditions call a
   * condition equal to a term's by the term's name.
   *
   * @return the terms, possibly none
   */
  public abstract ImmutableList<Term> terms();

  /**
   * The fingerprint: {@code sha256:} and the hex SHA-256 of the catalog's canonical form, which
   * writes every field in a fixed order. Equal catalogs have equal fingerprints on every machine;
   * any change to an id, a text, a condition or a term changes it.
   *
   * @return the fingerprint
   */
  @Value.Lazy
  public String fingerprint() {
    return CatalogFingerprint.of(this);
  }

  /**
   * The clause with the given id.
   *
   * @param id a clause id
   * @return the clause, or empty
   */
  public final Optional<Clause> clause(String id) {
    return clauses().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  @Value.Check
  final void check() {
    Preconditions.checkArgument(
        id().length() <= 64 && ID.matcher(id()).matches(),
        "policy/id: \"%s\" is malformed; allowed: lower-case letters and digits in groups joined"
            + " by '-' or '.', at most 64 characters",
        id());
    Preconditions.checkArgument(
        VERSION.matcher(version()).matches(),
        "policy/version: \"%s\" is malformed; allowed: a semantic version such as 1.1.0",
        version());
    Preconditions.checkArgument(!title().isBlank(), "title: empty; allowed: a title");
    for (int i = 0; i < remedyCandidates().size(); i++) {
      Authority candidate = remedyCandidates().get(i);
      Preconditions.checkArgument(
          !NON_JUDICIAL.contains(candidate),
          "remedyCandidates/%s: %s is non-judicial and never a remedy; allowed: JUDICIAL_WARRANT,"
              + " COURT_ORDER, STATUTORY_REQUIREMENT, WRITTEN_CONSENT",
          i,
          candidate);
      Preconditions.checkArgument(
          remedyCandidates().indexOf(candidate) == i,
          "remedyCandidates/%s: %s is listed twice; allowed: each instrument once",
          i,
          candidate);
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < clauses().size(); i++) {
      String id = clauses().get(i).id();
      Preconditions.checkArgument(
          ids.add(id), "clauses/%s/id: \"%s\" is a duplicate; allowed: each clause id once", i, id);
    }
    Set<String> names = new HashSet<>();
    Set<Condition> conditions = new HashSet<>();
    for (int i = 0; i < terms().size(); i++) {
      Term term = terms().get(i);
      Preconditions.checkArgument(
          names.add(term.name()),
          "terms/%s/name: \"%s\" is a duplicate; allowed: each name once",
          i,
          term.name());
      Preconditions.checkArgument(
          conditions.add(term.condition()),
          "terms/%s/condition: already named by another term; allowed: one name per condition",
          i);
    }
  }

  /**
   * A new builder for a catalog.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClauseCatalog}. */
  public static final class Builder extends ImmutableClauseCatalog.Builder {
    Builder() {}
  }
}
