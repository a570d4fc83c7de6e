package com.example.product;

import org.sanctuarypolicy.api.Request;

/** The product's own intake form; here it keeps the policy request it was made from. */
public record MyRequest(Request asked) {
  public static MyRequest from(Request request) {
    return new MyRequest(request);
  }
}
