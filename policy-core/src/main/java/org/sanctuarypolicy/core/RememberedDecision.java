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
 */
final class RememberedDecision {
  private static final VarHandle DECIDED;

  static {
    try {
      DECIDED =
          MethodHandles.privateLookupIn(Request.class, MethodHandles.lookup())
              .findVarHandle(Request.class, "decided", Decision.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private RememberedDecision() {}

  static @Nullable Decision get(Request request) {
    return (Decision) DECIDED.get(request);
  }

  static void set(Request request, Decision decision) {
    DECIDED.set(request, decision);
  }
}
