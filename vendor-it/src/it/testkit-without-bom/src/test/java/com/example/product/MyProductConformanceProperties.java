package com.example.product;

import org.sanctuarypolicy.testkit.CertificationAdapter;
import org.sanctuarypolicy.testkit.VendorConformanceProperties;

class MyProductConformanceProperties extends VendorConformanceProperties {
  @Override
  protected CertificationAdapter adapter() {
    return new MyProductAdapter();
  }
}
