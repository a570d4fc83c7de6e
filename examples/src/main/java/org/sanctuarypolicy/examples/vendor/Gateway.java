package org.sanctuarypolicy.examples.vendor;

/** A version of the gateway: takes a request, answers it. */
interface Gateway {
  /**
   * Decides a request and says what the gateway does with it.
   *
   * @param inquiry the request
   * @return the answer
   */
  GatewayReply handle(Inquiry inquiry);
}
