package org.sanctuarypolicy.examples.desk;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

/**
 * The record a desk keeps to honour {@link ObligationType#DOCUMENT_AND_REPORT}: one entry per
 * request, for the city's reporting duties.
 *
 * <p>An entry is built from the policy's request and decision only, which describe the action by
 * categories; it never holds a name, an address, a status value or any other field of the person's
 * file, so the log can be shared with auditors as it is. Thread-safe.
 */
public final class AuditLog {
  /**
   * One reported request: when, its id, what was asked by whom and for what, under which
   * instruments, which information categories, and how the order decided it.
   *
   * @param at when the desk recorded it, to the second
   * @param requestId the caller's correlation id
   * @param action what the city was asked to do
   * @param counterparty who asked
   * @param purpose the stated purpose
   * @param authorities the instruments presented
   * @param categories the information categories asked for; empty unless a disclosure
   * @param effect the decision's effect
   * @param clauses for each finding, the id of the exception that held, or else of the clause
   */
  public record Entry(
      Instant at,
      String requestId,
      Action action,
      Counterparty counterparty,
      Purpose purpose,
      ImmutableSet<Authority> authorities,
      ImmutableSet<InformationCategory> categories,
      Effect effect,
      ImmutableList<String> clauses) {

    /**
     * The entry as one line of text.
     *
     * @return for example {@code 2025-06-02T15:00:00Z request=rec-1 action=... effect=DENY
     *     clauses=[EO-1, EO-2.1]}
     */
    public String line() {
      return at
          + " request="
          + requestId
          + " action="
          + action
          + " counterparty="
          + counterparty
          + " purpose="
          + purpose
          + " authorities="
          + authorities
          + " categories="
          + categories
          + " effect="
          + effect
          + " clauses="
          + clauses;
    }
  }

  private final Clock clock;
  private final List<Entry> entries = new ArrayList<>();

  /**
   * An empty log.
   *
   * @param clock the clock that stamps each entry
   */
  public AuditLog(Clock clock) {
    this.clock = clock;
  }

  /**
   * Records a request and its decision.
   *
   * @param request the request the desk sent to the policy
   * @param decision the policy's decision on it
   * @return the entry written
   */
  public Entry record(Request request, Decision decision) {
    Entry entry =
        new Entry(
            clock.instant().truncatedTo(ChronoUnit.SECONDS),
            request.requestId(),
            request.action(),
            request.counterparty(),
            request.purpose(),
            request.authorities(),
            request.information(),
            decision.effect(),
            decision.reasons().stream()
                .map(reason -> reason.exception().orElse(reason.clause()))
                .collect(ImmutableList.toImmutableList()));
    synchronized (entries) {
      entries.add(entry);
    }
    return entry;
  }

  /**
   * Every entry so far, oldest first.
   *
   * @return a snapshot of the entries
   */
  public ImmutableList<Entry> entries() {
    synchronized (entries) {
      return ImmutableList.copyOf(entries);
    }
  }
}
