package org.sanctuarypolicy.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Request;

/**
 * The decision remembered in a request object: a private field of {@link Request} that policy-api
 * opens to this module alone. Reading it is a plain field read, so evaluating the same built
 * request again allocates nothing and hashes nothing.
 *
 * <p>Decisions are immutable (final fields only), so a decision written by one thread and read by
 * another is always whole; a lost write only costs a later look-up.
 *
 * <p>Where the field cannot be reached (policy-api on the module path and this module on the class
 * path, so that the qualified {@code opens} does not apply), nothing is remembered: every
 * evaluation then looks its decision up afresh, which costs one small allocation and never an
 * error.
 */
final class RememberedDecision {
  private static final @Nullable VarHandle DECIDED = find();

  private RememberedDecision() {}

  private static @Nullable VarHandle find() {
    try {
      return MethodHandles.privateLookupIn(Request.class, MethodHandles.lookup())
          .findVarHandle(Request.class, "decided", Decision.class);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  static @Nullable Decision get(Request request) {
    VarHandle decided = DECIDED;
    return decided == null ? null : (Decision) decided.get(request);
  }

  static void set(Request request, Decision decision) {
    VarHandle decided = DECIDED;
    if (decided != null) {
      decided.set(request, decision);
    }
  }
}
