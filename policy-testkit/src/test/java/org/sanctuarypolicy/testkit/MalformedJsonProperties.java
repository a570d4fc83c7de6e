package org.sanctuarypolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sanctuarypolicy.api.InvalidRequestException;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.json.PolicyJson;
import org.sanctuarypolicy.json.PolicyJsonException;

class MalformedJsonProperties {
  @Property(tries = 2000)
  void malformedRequestJson_any_neverParsesAsARequest(@ForAll("texts") String json) {
    assertThatThrownBy(() -> PolicyJson.parseRequest(json))
        .isInstanceOfAny(InvalidRequestException.class, PolicyJsonException.class);
  }

  @Property(tries = 2000)
  void malformedRequestBytes_any_neverYieldARequestFromAStream(@ForAll("bytes") byte[] bytes) {
    Iterator<Request> requests = PolicyJson.readRequests(new ByteArrayInputStream(bytes));
    for (int item = 0; item < 5; item++) {
      boolean more;
      try {
        more = requests.hasNext();
      } catch (PolicyJsonException e) {
        return;
      }
      if (!more) {
        return;
      }
      assertThatThrownBy(requests::next).isInstanceOf(PolicyJsonException.class);
    }
  }

  @Example
  void malformedRequestJson_sample_includesEveryKindOfDefect() {
    Map<String, Predicate<String>> kinds = new LinkedHashMap<>();
    kinds.put("NaN or Infinity", s -> s.contains("NaN") || s.contains("Infinity"));
    kinds.put("deep array nesting", s -> s.contains("[[[[[[[[[[[[[[[[[["));
    kinds.put("deep object nesting", s -> s.contains("{\"a\":{\"a\":{\"a\":"));
    kinds.put("huge string or array", s -> s.length() > 100_000);
    kinds.put("lone surrogate", s -> s.chars().anyMatch(c -> Character.isSurrogate((char) c)));
    kinds.put("escaped lone surrogate", s -> s.contains("\\uD"));
    kinds.put(
        "number where an enum belongs",
        s -> s.contains("\"action\":3") || s.contains("\"action\":0"));
    kinds.put("unknown field", s -> s.contains("\"notes\":") || s.contains("\"requestID\":"));
    kinds.put("duplicate field", s -> s.indexOf("\"action\":") != s.lastIndexOf("\"action\":"));
    kinds.put("string where a set belongs", s -> s.contains("\"authorities\":\"COURT_ORDER\""));
    kinds.put("unknown enum name", s -> s.contains("PERMIT") || s.contains("\"court_order\""));
    kinds.put("truncated", s -> s.startsWith("{\"requestId\":") && !s.endsWith("}"));
    kinds.put("not an object", s -> !s.startsWith("{"));
    Map<String, Integer> seen = new LinkedHashMap<>();
    kinds.keySet().forEach(kind -> seen.put(kind, 0));
    PolicyArbitraries.malformedRequestJson()
        .sampleStream()
        .limit(10_000)
        .forEach(
            s ->
                kinds.forEach(
                    (kind, test) -> {
                      if (test.test(s)) {
                        seen.merge(kind, 1, Integer::sum);
                      }
                    }));
    assertThat(seen).allSatisfy((kind, count) -> assertThat(count).as(kind).isPositive());
  }

  @Provide
  Arbitrary<String> texts() {
    return PolicyArbitraries.malformedRequestJson();
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return PolicyArbitraries.malformedRequestBytes();
  }
}
