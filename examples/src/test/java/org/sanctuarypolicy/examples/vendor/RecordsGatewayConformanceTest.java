package org.sanctuarypolicy.examples.vendor;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sanctuarypolicy.testkit.ConformanceTests;

/**
 * The conformance catalog against the gateway, one JUnit test per scenario: the class a vendor
 * copies into its own suite, with its own adapter.
 */
class RecordsGatewayConformanceTest {
  @TestFactory
  Stream<DynamicTest> conformance() {
    return ConformanceTests.dynamicTests(GatewayAdapter.current());
  }
}
