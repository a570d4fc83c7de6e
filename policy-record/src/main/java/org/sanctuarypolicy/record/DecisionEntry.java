package org.sanctuarypolicy.record;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Request;

/** A DECISION entry: the request, its nexus, and the decision as the record keeps it. */
record DecisionEntry(
    long seq,
    Instant recordedAt,
    String unit,
    String requestId,
    String prev,
    Request request,
    Nexus nexus,
    Effect effect,
    ImmutableList<Finding> findings,
    ImmutableList<ObligationType> obligations,
    PolicyInfo policy)
    implements Entry {

  /** One finding of the decision: clause, exception if one held, and its effect. */
  record Finding(String clause, Optional<String> exception, Effect effect) {
    /** The clause id, or the exception id when an exception held. */
    String id() {
      return exception.orElse(clause);
    }
  }

  @Override
  public Kind kind() {
    return Kind.DECISION;
  }

  boolean presents(Authority authority) {
    return request.presents(authority);
  }

  boolean hasFinding(String clause) {
    return findings.stream().anyMatch(f -> f.clause().equals(clause));
  }
}
