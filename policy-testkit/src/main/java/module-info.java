/**
 * The certification kit: the conformance catalog and certification report, jqwik generators and
 * the policy's laws as reusable checks and properties.
 */
module org.sanctuarypolicy.testkit {
  requires transitive org.sanctuarypolicy.core;
  requires transitive org.junit.jupiter.api;
  requires transitive net.jqwik.api;
  requires transitive org.opentest4j;
  requires org.sanctuarypolicy.json;
  requires com.fasterxml.jackson.databind;

  exports org.sanctuarypolicy.testkit;

  // Test engines (jqwik, JUnit) run the inherited properties of PolicyLawProperties and
  // VendorConformanceProperties reflectively.
  opens org.sanctuarypolicy.testkit;
}
