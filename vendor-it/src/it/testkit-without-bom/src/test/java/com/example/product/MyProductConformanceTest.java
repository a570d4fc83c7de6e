package com.example.product;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sanctuarypolicy.testkit.ConformanceTests;

class MyProductConformanceTest {
  @TestFactory
  Stream<DynamicTest> conformance() {
    return ConformanceTests.dynamicTests(new MyProductAdapter());
  }
}
