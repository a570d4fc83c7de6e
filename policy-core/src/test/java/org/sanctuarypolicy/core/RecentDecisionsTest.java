package org.sanctuarypolicy.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Request;

/** The per-object memo of the compiled policy: identity, two slots per request, eviction. */
class RecentDecisionsTest {
  private static final Decision DECISION = SanctuaryPolicy.chicago().evaluate(request("template"));

  private final RecentDecisions recent = new RecentDecisions();

  private static Request request(String id) {
    return Request.builder()
        .requestId(id)
        .action(Action.COMMIT_RESOURCES)
        .counterparty(Counterparty.MILITARY)
        .build();
  }

  @Test
  void get_neverPut_isNull() {
    assertThat(recent.get(request("r"))).isNull();
  }

  @Test
  void get_afterPut_returnsTheDecisionForThatObjectOnly() {
    Request request = request("r");
    Request equalCopy = request("r");
    Decision decision = DECISION.withRequestId("r");

    recent.put(request, decision);

    assertThat(recent.get(request)).isSameAs(decision);
    assertThat(equalCopy).isEqualTo(request);
    assertThat(recent.get(equalCopy)).isNull();
  }

  /**
   * 2,000 requests in 16,384 slots: about 120 of them share their first slot with an earlier one,
   * and the second slot keeps nearly all of those. Lost are only requests whose two slots were
   * both taken later, on average about 10; a table with one slot per request loses about 120.
   */
  @Test
  void put_2000Requests_nearlyAllAreStillFound() {
    List<Request> requests = new ArrayList<>();
    List<Decision> decisions = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      Request request = request("r-" + i);
      Decision decision = DECISION.withRequestId(request.requestId());
      requests.add(request);
      decisions.add(decision);
      recent.put(request, decision);
    }

    int lost = 0;
    for (int i = 0; i < requests.size(); i++) {
      Decision found = recent.get(requests.get(i));
      if (found == null) {
        lost++;
      } else {
        assertThat(found).isSameAs(decisions.get(i));
      }
    }
    assertThat(lost).isLessThanOrEqualTo(40);
  }
}
