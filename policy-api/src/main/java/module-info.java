/**
 * The domain model of the sanctuary policy: requests, decisions, the clause catalog, and the {@link
 * org.sanctuarypolicy.api.Policy} interface.
 */
module org.sanctuarypolicy.api {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  // Class-retention annotations on the public value types: needed to compile against them.
  requires static transitive org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.sanctuarypolicy.api;
  // The request's bit sets, which the compiled policy indexes its tables by. Not API. Exported to
  // all, not to policy-core alone: on a mixed module and class path policy-core is in the unnamed
  // module, which a qualified export does not reach.
  exports org.sanctuarypolicy.api.internal;
}
