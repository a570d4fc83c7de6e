package com.example.product;

import java.util.Set;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Obligation;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/** A records desk that asks the policy before it acts and withholds what the decision redacts. */
public final class MyRecordsDesk {
  private final Policy policy = SanctuaryPolicy.chicago();

  public MyResponse handle(MyRequest request) {
    Decision decision = policy.evaluate(request.asked());
    Set<InformationCategory> withheld =
        decision
            .obligation(ObligationType.REDACT)
            .<Set<InformationCategory>>map(Obligation::categories)
            .orElse(Set.of());
    return new MyResponse(decision.effect(), withheld);
  }
}
