package org.sanctuarypolicy.testkit;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.json.PolicyJson;

/**
 * A digest of every decision a policy gives over the whole request space, so that two policies can
 * be proven to decide alike without keeping both: SHA-256 over, for each request in index order,
 * the number of its decision among the distinct decisions (request id aside) in order of first
 * appearance, then the JSON of each distinct decision in that order.
 */
final class DecisionDigest {
  private DecisionDigest() {}

  static String of(Policy policy) {
    Map<Decision, Integer> distinct = new LinkedHashMap<>();
    Hasher hasher = Hashing.sha256().newHasher();
    RequestSpace space = RequestSpace.all();
    for (long index = 0; index < space.size(); index++) {
      Decision decision = policy.evaluate(space.request(index)).withRequestId("digest");
      Integer number = distinct.computeIfAbsent(decision, d -> distinct.size());
      hasher.putInt(number);
    }
    for (Decision decision : distinct.keySet()) {
      hasher.putString(PolicyJson.write(decision), StandardCharsets.UTF_8);
    }
    return distinct.size() + " distinct, sha256:" + hasher.hash();
  }
}
