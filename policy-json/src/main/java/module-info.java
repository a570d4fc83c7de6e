/**
 * The strict JSON wire format: {@link org.sanctuarypolicy.json.PolicyJson} reads requests and
 * writes and reads decisions and the catalog.
 */
module org.sanctuarypolicy.json {
  requires transitive org.sanctuarypolicy.api;
  requires transitive com.fasterxml.jackson.databind;

  exports org.sanctuarypolicy.json;
}
