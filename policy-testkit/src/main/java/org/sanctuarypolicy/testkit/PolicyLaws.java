package org.sanctuarypolicy.testkit;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Remedy;
import org.sanctuarypolicy.api.Request;

/**
 * The laws of DESIGN §8 as reusable checks against any {@link Policy}: over the whole request space
 * ({@link RequestSpace}), by exhaustive enumeration, or over requests the caller gives.
 *
 * <p>Laws 1 to 7 are about the policy alone; law 7 compares each remedy with what the same policy
 * decides when the instrument is added. Law 8 compares the policy with a reference, such as {@link
 * org.sanctuarypolicy.core.SanctuaryPolicy#reference()}: pass one to check it.
 *
 * <pre>{@code
 * LawReport report = PolicyLaws.checkExhaustively(myPolicy, SanctuaryPolicy.reference());
 * report.assertHolds();
 * }</pre>
 *
 * <p>The exhaustive check decides every request of the space once (and each again with its sets in
 * reverse order), in parallel on every core, and compares requests that differ in one instrument by
 * index: on two cores it takes about half a minute for {@link
 * org.sanctuarypolicy.core.SanctuaryPolicy#chicago()} with the reference. It keeps one byte of
 * effect and one of remedies per request, 34 MB in all. Checking given requests evaluates each one
 * up to a dozen times.
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

  private PolicyLaws() {}

  /**
   * Checks laws 1 to 7 on every request of the whole request space.
   *
   * @param policy the policy to check
   * @return what was found
   */
  public static LawReport checkExhaustively(Policy policy) {
    return new Exhaustive(policy, null, POLICY_LAWS, RequestSpace.CONTEXTS).run();
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
    return new Exhaustive(policy, reference, ALL_LAWS, RequestSpace.CONTEXTS).run();
  }

  /**
   * The exhaustive check over the first {@code contexts} contexts of the space only (the requests
   * at the indexes below {@code contexts * AUTHORITY_SETS * VARIANTS}), so that a test can show
   * what the index-by-index comparisons find without deciding the whole space.
   */
  static LawReport checkExhaustively(Policy policy, @Nullable Policy reference, int contexts) {
    return new Exhaustive(policy, reference, reference == null ? POLICY_LAWS : ALL_LAWS, contexts)
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
    return check(policy, reference, ALL_LAWS, requests);
  }

  private static LawReport check(
      Policy policy,
      @Nullable Policy reference,
      ImmutableSet<Law> laws,
      Iterable<Request> requests) {
    Violations violations = new Violations(laws);
    long count = 0;
    for (Request request : requests) {
      count++;
      Decision decision = LawChecks.decide(policy, request, violations);
      if (decision == null) {
        continue;
      }
      LawChecks.ownLaws(policy, request, decision, violations);
      LawChecks.withOneMore(policy, request, decision, violations);
      if (reference != null) {
        LawChecks.agreesWithReference(reference, request, decision, violations);
      }
    }
    return violations.report(count);
  }

  /**
   * One exhaustive run: a first pass decides every request, checks the laws that need only its own
   * decision and records its effect and remedies; a second pass checks the laws that compare a
   * request with the same request plus one instrument, by index.
   */
  private static final class Exhaustive {
    private final Policy policy;
    private final @Nullable Policy reference;
    private final Violations violations;
    private final int contexts;
    private final byte[] effects;
    private final byte[] remedies;
    private final Authority[] candidates = LawChecks.REMEDY_CANDIDATES.toArray(new Authority[0]);
    private final Effect[] effectsByOrdinal = Effect.values();

    Exhaustive(Policy policy, @Nullable Policy reference, ImmutableSet<Law> laws, int contexts) {
      this.policy = policy;
      this.reference = reference;
      this.violations = new Violations(laws);
      this.contexts = contexts;
      this.effects = new byte[RequestSpace.index(contexts, 0, 0)];
      this.remedies = new byte[effects.length];
    }

    LawReport run() {
      IntStream.range(0, contexts).parallel().forEach(this::decideContext);
      IntStream.range(0, contexts).parallel().forEach(this::compareContext);
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
          LawChecks.ownLaws(policy, request, decision, violations);
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
            int position = LawChecks.REMEDY_CANDIDATES.indexOf(authority);
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
}
