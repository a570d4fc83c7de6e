package org.sanctuarypolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
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
    List<String> sample =
        PolicyArbitraries.malformedRequestJson()
            .sampleStream()
            .limit(3_000)
            .collect(Collectors.toList());
    assertThat(sample)
        .anyMatch(s -> s.contains("NaN") || s.contains("Infinity"))
        .anyMatch(s -> s.contains("[[[[[[[[[[[[[[[[[["))
        .anyMatch(s -> s.contains("{\"a\":{\"a\":{\"a\":"))
        .anyMatch(s -> s.length() > 100_000)
        .anyMatch(s -> s.chars().anyMatch(c -> Character.isSurrogate((char) c)))
        .anyMatch(s -> s.contains("\\uD") || s.contains("\\uDC") || s.contains("\\uDF"))
        .anyMatch(s -> s.contains("\"action\":3") || s.contains("\"action\":0"))
        .anyMatch(s -> s.contains("\"notes\":") || s.contains("\"requestID\":"))
        .anyMatch(s -> s.indexOf("\"action\":") != s.lastIndexOf("\"action\":"))
        .anyMatch(s -> s.contains("\"authorities\":\"COURT_ORDER\""))
        .anyMatch(s -> s.contains("PERMIT") || s.contains("\"court_order\""))
        .anyMatch(s -> s.startsWith("{\"requestId\":") && !s.endsWith("}"))
        .anyMatch(s -> !s.startsWith("{"));
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
