package org.sanctuarypolicy.api;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** The whole clause catalog of a policy: its id, version, title and clauses in order. */
@Value.Immutable
public abstract class ClauseCatalog {
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
    Set<String> ids = new HashSet<>();
    for (Clause clause : clauses()) {
      Preconditions.checkArgument(ids.add(clause.id()), "duplicate clause id %s", clause.id());
      for (ClauseException exception : clause.exceptions()) {
        Preconditions.checkArgument(
            ids.add(exception.id()), "duplicate exception id %s", exception.id());
      }
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
