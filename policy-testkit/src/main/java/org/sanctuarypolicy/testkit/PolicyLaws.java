package org.sanctuarypolicy.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Remedy;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/**
 * The laws every policy must obey ({@link Law}) as reusable checks against any {@link Policy}: over
 * the whole request space ({@link RequestSpace}), by exhaustive enumeration, or over requests the
 * caller gives.
 *
 * <p>The laws hold for any catalog written in the vocabulary, not only the built-in order. Laws 1
 * to 7 are about the policy alone; law 7 compares each remedy with what the same policy decides
 * when the instrument is added, in the order of the policy's own remedy candidates ({@code
 * policy.catalog().remedyCandidates()}). The instruments of laws 4 and 5 and the status categories
 * and immigration authorities of law 6 are those the vocabulary defines, whatever the catalog says.
 * Law 8 compares the policy with a reference, such as {@link
 * org.sanctuarypolicy.core.SanctuaryPolicy#reference(org.sanctuarypolicy.api.ClauseCatalog)} of the
 * same catalog: pass one to check it.
 *
 * <pre>{@code
 * LawReport report = PolicyLaws.checkExhaustively(
 *     SanctuaryPolicy.compile(catalog), SanctuaryPolicy.reference(catalog));
 * report.assertHolds();
 * }</pre>
 *
 * <p>Checking is not a city's decision: the policies are evaluated through {@link
 * org.sanctuarypolicy.core.SanctuaryPolicy#unlogged(Policy)}, so a policy of the library writes
 * nothing to the decision log, whatever the logging configuration says.
 *
 * <p>The exhaustive check decides every request of the space once (and each again with its sets in
 * reverse order), in parallel on every core, and compares requests that differ in one instrument by
 * index. It keeps one byte of effect and one of remedies per request. Checking given requests
 * evaluates each one up to a dozen times.
 *
 * <p>Every method is thread-safe; the policies must be too.
 */
public final class PolicyLaws {
  /** How many violations of each law a {@link LawReport} keeps in words. */
  public static final int EXAMPLES_PER_LAW = 10;

  private static final ImmutableSet<Law> POLICY_LAWS =
      Sets.immutableEnumSet(
          EnumSet.range(Law.EVERY_REQUEST_DECIDED, Law.REMEDIES_MATCH_REEVALUATION));
  private static final ImmutableSet<Law> ALL_LAWS = Sets.immutableEnumSet(EnumSet.allOf(Law.class));

  /** Remedy codes: two bits per remedy candidate, 0 for not listed, else 1 + effect ordinal. */
  private static final int NOT_LISTED = 0;

  /**
   * The code of remedies that no code can stand for: out of order, or not candidates. Four DENY
   * remedies would code the same, and are as wrong, since re-evaluation never lists a DENY.
   */
  private static final byte INVALID_REMEDIES = 0x55;

  /** How many steps of progress the exhaustive check reports, after the first at 0. */
  static final int PROGRESS_STEPS = 200;

  /**
   * The weight of a context in the first pass of the exhaustive check, which decides every request,
   * against 1 in the second, which compares by index: the first takes about 96% of the time.
   */
  private static final int FIRST_PASS_WEIGHT = 24;

  private PolicyLaws() {}

  /**
   * Checks laws 1 to 7 on every request of the whole request space.
   *
   * @param policy the policy to check
   * @return what was found
   */
  public static LawReport checkExhaustively(Policy policy) {
    Objects.requireNonNull(policy, "policy");
    return checkExhaustively(policy, null, RequestSpace.CONTEXTS, fraction -> {});
  }

  /**
   * Checks laws 1 to 8 on every request of the whole request space, law 8 against {@code
   * reference}.
   *
   * @param policy the policy to check
   * @param reference the policy it must agree with, decision for decision
   * @return what was found
   */
  public static LawReport checkExhaustively(Policy policy, Policy reference) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(reference, "reference");
    return checkExhaustively(
        policy, Objects.requireNonNull(reference, "reference"), RequestSpace.CONTEXTS, f -> {});
  }

  /**
   * Checks laws 1 to 8 on every request of the whole request space, law 8 against {@code
   * reference}, telling how far it has come: for a command-line tool that shows the progress of a
   * long check.
   *
   * <p>{@code progress} receives the share of the work done, from 0 to 1: first 0, then at most
   * {@value #PROGRESS_STEPS} growing fractions, the last 1 just before the report is made. It is
   * called from whichever thread of the check finished the work, one call at a time; the check
   * waits for it, so it should return quickly (print a line, set a progress bar). A runtime
   * exception it throws ends the check and propagates from this method.
   *
   * @param policy the policy to check
   * @param reference the policy it must agree with, decision for decision
   * @param progress told the share of the work done, from 0 to 1
   * @return what was found
   */
  public static LawReport checkExhaustively(
      Policy policy, Policy reference, DoubleConsumer progress) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(progress, "progress");
    return checkExhaustively(policy, reference, RequestSpace.CONTEXTS, progress);
  }

  /**
   * The exhaustive check over the first {@code contexts} contexts of the space only (the requests
   * at the indexes below {@code contexts * AUTHORITY_SETS * VARIANTS}), so that a test can show
   * what the index-by-index comparisons find without deciding the whole space.
   */
  static LawReport checkExhaustively(Policy policy, @Nullable Policy reference, int contexts) {
    return checkExhaustively(policy, reference, contexts, fraction -> {});
  }

  static LawReport checkExhaustively(
      Policy policy, @Nullable Policy reference, int contexts, DoubleConsumer progress) {
    return new Exhaustive(
            SanctuaryPolicy.unlogged(policy),
            reference == null ? null : SanctuaryPolicy.unlogged(reference),
            reference == null ? POLICY_LAWS : ALL_LAWS,
            contexts,
            progress)
        .run();
  }

  /**
   * Checks laws 1 to 7 on the given requests, evaluating each again with every instrument it does
   * not present.
   *
   * @param policy the policy to check
   * @param requests the requests
   * @return what was found
   */
  public static LawReport check(Policy policy, Iterable<Request> requests) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(requests, "requests");
    return check(policy, null, POLICY_LAWS, requests);
  }

  /**
   * Checks laws 1 to 8 on the given requests, law 8 against {@code reference}.
   *
   * @param policy the policy to check
   * @param reference the policy it must agree with, decision for decision
   * @param requests the requests
   * @return what was found
   */
  public static LawReport check(Policy policy, Policy reference, Iterable<Request> requests) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(requests, "requests");
    return check(policy, Objects.requireNonNull(reference, "reference"), ALL_LAWS, requests);
  }

  private static LawReport check(
      Policy policy,
      @Nullable Policy reference,
      ImmutableSet<Law> laws,
      Iterable<Request> requests) {
    Policy checked = SanctuaryPolicy.unlogged(policy);
    Policy expected = reference == null ? null : SanctuaryPolicy.unlogged(reference);
    ImmutableList<Authority> candidates = checked.catalog().remedyCandidates();
    Violations violations = new Violations(laws);
    long count = 0;
    for (Request request : requests) {
      count++;
      Decision decision = LawChecks.decide(checked, request, violations);
      if (decision == null) {
        continue;
      }
      LawChecks.ownLaws(checked, candidates, request, decision, violations);
      LawChecks.withOneMore(checked, candidates, request, decision, violations);
      if (expected != null) {
        LawChecks.agreesWithReference(expected, request, decision, violations);
      }
    }
    return violations.report(count);
  }

  /**
   * One exhaustive run: a first pass decides every request, checks the laws that need only its own
   * decision and records its effect and remedies; a second pass checks the laws that compare a
   * request with the same request plus one instrument, by index. Remedies are coded by the position
   * of their instrument among the policy's remedy candidates (at most four, two bits each).
   */
  private static final class Exhaustive {
    private final Policy policy;
    private final @Nullable Policy reference;
    private final Violations violations;
    private final int contexts;
    private final Progress progress;
    private final byte[] effects;
    private final byte[] remedies;
    private final ImmutableList<Authority> candidateList;
    private final Authority[] candidates;
    private final Effect[] effectsByOrdinal = Effect.values();

    Exhaustive(
        Policy policy,
        @Nullable Policy reference,
        ImmutableSet<Law> laws,
        int contexts,
        DoubleConsumer progress) {
      this.policy = policy;
      this.reference = reference;
      this.violations = new Violations(laws);
      this.contexts = contexts;
      this.progress = new Progress(progress, (FIRST_PASS_WEIGHT + 1L) * contexts);
      this.effects = new byte[RequestSpace.index(contexts, 0, 0)];
      this.remedies = new byte[effects.length];
      this.candidateList = policy.catalog().remedyCandidates();
      this.candidates = candidateList.toArray(new Authority[0]);
    }

    LawReport run() {
      progress.advance(0);
      IntStream.range(0, contexts)
          .parallel()
          .forEach(
              context -> {
                decideContext(context);
                progress.advance(FIRST_PASS_WEIGHT);
              });
      IntStream.range(0, contexts)
          .parallel()
          .forEach(
              context -> {
                compareContext(context);
                progress.advance(1);
              });
      return violations.report(effects.length);
    }

    private void decideContext(int context) {
      for (int mask = 0; mask < RequestSpace.AUTHORITY_SETS; mask++) {
        for (int variant = 0; variant < RequestSpace.VARIANTS; variant++) {
          int index = RequestSpace.index(context, mask, variant);
          Request request = RequestSpace.request(context, mask, variant);
          Decision decision = LawChecks.decide(policy, request, violations);
          if (decision == null) {
            effects[index] = -1;
            continue;
          }
          effects[index] = (byte) decision.effect().ordinal();
          remedies[index] = encodeRemedies(decision);
          LawChecks.ownLaws(policy, candidateList, request, decision, violations);
          if (reference != null) {
            LawChecks.agreesWithReference(reference, request, decision, violations);
          }
        }
      }
    }

    /** The remedies as a code; one not among the candidates is a violation found by ownLaws. */
    private byte encodeRemedies(Decision decision) {
      int code = 0;
      int position = 0;
      for (Remedy remedy : decision.remedies()) {
        while (position < candidates.length && candidates[position] != remedy.authority()) {
          position++;
        }
        if (position == candidates.length) {
          // Out of order or not a candidate: no code matches what re-evaluation gives.
          return INVALID_REMEDIES;
        }
        code |= (remedy.effect().ordinal() + 1) << (2 * position);
      }
      return (byte) code;
    }

    private void compareContext(int context) {
      for (int mask = 0; mask < RequestSpace.AUTHORITY_SETS; mask++) {
        for (int variant = 0; variant < RequestSpace.VARIANTS; variant++) {
          int index = RequestSpace.index(context, mask, variant);
          if (effects[index] < 0) {
            continue;
          }
          Effect before = effectsByOrdinal[effects[index]];
          int expected = NOT_LISTED;
          boolean complete = true;
          for (Authority authority : Authority.values()) {
            int bit = RequestSpace.authorityBit(authority);
            if ((mask & bit) != 0) {
              continue;
            }
            byte code = effects[RequestSpace.index(context, mask | bit, variant)];
            if (code < 0) {
              complete = false;
              continue;
            }
            Effect after = effectsByOrdinal[code];
            Law broken = LawChecks.brokenByAdding(authority, before, after);
            if (broken != null) {
              moved(broken, authority, before, after, context, mask, variant);
            }
            int position = candidateList.indexOf(authority);
            if (position >= 0 && LawChecks.remedies(before, after)) {
              expected |= (after.ordinal() + 1) << (2 * position);
            }
          }
          if (complete && remedies[index] != (byte) expected) {
            wrongRemedies(index, (byte) expected, context, mask, variant);
          }
        }
      }
    }

    private void wrongRemedies(int index, byte expected, int context, int mask, int variant) {
      violations.add(
          Law.REMEDIES_MATCH_REEVALUATION,
          () ->
              "remedies "
                  + describe(remedies[index])
                  + ", re-evaluation gives "
                  + describe(expected)
                  + " for "
                  + LawChecks.json(RequestSpace.request(context, mask, variant)));
    }

    private void moved(
        Law law,
        Authority authority,
        Effect before,
        Effect after,
        int context,
        int mask,
        int variant) {
      violations.add(
          law,
          () ->
              LawChecks.moved(
                  authority, before, after, RequestSpace.request(context, mask, variant)));
    }

    private String describe(byte code) {
      if (code == INVALID_REMEDIES) {
        return "[out of order or not a candidate]";
      }
      StringBuilder out = new StringBuilder("[");
      for (int position = 0; position < candidates.length; position++) {
        int listed = (code >> (2 * position)) & 3;
        if (listed != NOT_LISTED) {
          if (out.length() > 1) {
            out.append(", ");
          }
          out.append(candidates[position]).append(" -> ").append(effectsByOrdinal[listed - 1]);
        }
      }
      return out.append(']').toString();
    }
  }

  /**
   * The share of an exhaustive check's work done, told in at most {@link #PROGRESS_STEPS} steps
   * after the first, one call at a time and never backwards.
   */
  private static final class Progress {
    private final DoubleConsumer consumer;
    private final long total;
    private long done;
    private int told = -1;

    Progress(DoubleConsumer consumer, long total) {
      this.consumer = consumer;
      this.total = total;
    }

    synchronized void advance(long work) {
      done += work;
      int step = (int) (done * PROGRESS_STEPS / total);
      if (step > told) {
        told = step;
        consumer.accept(step == PROGRESS_STEPS ? 1.0 : (double) step / PROGRESS_STEPS);
      }
    }
  }
}
