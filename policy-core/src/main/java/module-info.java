/**
 * The Chicago order as an evaluator: {@link org.sanctuarypolicy.core.SanctuaryPolicy} is the entry
 * point; everything else is internal.
 */
module org.sanctuarypolicy.core {
  requires transitive org.sanctuarypolicy.api;
  requires org.slf4j;

  exports org.sanctuarypolicy.core;
}
