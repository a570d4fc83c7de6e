package org.sanctuarypolicy.api.internal;

import java.util.function.ToIntFunction;
import org.sanctuarypolicy.api.Request;

/**
 * The bit sets a {@link Request} stores its instruments and categories in, for the library's own
 * modules only: the compiled policy indexes its tables by them instead of asking the public sets
 * member by member on every decision. The package is exported to {@code org.sanctuarypolicy.core}
 * alone; it is not API.
 *
 * <p>{@code Request} installs its accessors when its class is initialized, which happens before any
 * request exists.
 */
public final class RequestBits {
  private static volatile ToIntFunction<Request> authorities;
  private static volatile ToIntFunction<Request> information;

  private RequestBits() {}

  /**
   * Called once, by {@code Request}'s class initializer.
   *
   * @param authorityBits reads the instruments' bits
   * @param informationBits reads the categories' bits
   * @throws IllegalStateException when called by another class, or again
   */
  public static synchronized void install(
      ToIntFunction<Request> authorityBits, ToIntFunction<Request> informationBits) {
    Class<?> caller =
        StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
    if (caller != Request.class || authorities != null) {
      throw new IllegalStateException("RequestBits: only Request installs its accessors, once");
    }
    authorities = authorityBits;
    information = informationBits;
  }

  /**
   * The presented instruments: bit {@code 1 << a.ordinal()} for each {@code Authority} a.
   *
   * @param request the request
   * @return the bits
   */
  public static int authorities(Request request) {
    return authorities.applyAsInt(request);
  }

  /**
   * The categories to disclose: bit {@code 1 << c.ordinal()} for each category c.
   *
   * @param request the request
   * @return the bits
   */
  public static int information(Request request) {
    return information.applyAsInt(request);
  }
}
