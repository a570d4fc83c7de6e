package com.example.product;

import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.testkit.CertificationAdapter;
import org.sanctuarypolicy.testkit.Observation;

class MyProductAdapter implements CertificationAdapter {
  private final MyRecordsDesk myRecordsDesk = new MyRecordsDesk();

  @Override
  public Observation decide(Request request) {
    MyResponse response = myRecordsDesk.handle(MyRequest.from(request));
    return Observation.of(response.effect(), response.withheldCategories());
  }
}
