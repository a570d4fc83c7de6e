package org.sanctuarypolicy.benchmarks;

import org.drools.model.codegen.ExecutableModelProject;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.Request;

/**
 * The order's effect decided by Drools: the rules of {@code chicago.drl}, compiled once per JVM to
 * Drools' executable model (DRL to Java with {@link ExecutableModelProject}, no MVEL at run time),
 * evaluated in one reused stateful session by inserting the request, firing the rules and
 * deleting it again.
 *
 * <p>Not thread-safe: one instance per thread. {@link #close()} disposes of the session.
 */
final class DroolsPolicy implements AutoCloseable {
  private static final String RULES = "org/sanctuarypolicy/benchmarks/rules/chicago.drl";
  private static volatile @Nullable KieBase base;

  private final KieSession session;

  private DroolsPolicy(KieSession session) {
    this.session = session;
  }

  /** A new session over the rules, which are compiled on the first call in this JVM. */
  static DroolsPolicy create() {
    return new DroolsPolicy(kieBase().newKieSession());
  }

  private static KieBase kieBase() {
    KieBase known = base;
    if (known == null) {
      synchronized (DroolsPolicy.class) {
        known = base;
        if (known == null) {
          known = build();
          base = known;
        }
      }
    }
    return known;
  }

  private static KieBase build() {
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    files.write(
        "src/main/resources/" + RULES, services.getResources().newClassPathResource(RULES));
    KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      throw new IllegalStateException(
          "the Drools rules do not compile: " + builder.getResults().getMessages());
    }
    KieContainer container =
        services.newKieContainer(builder.getKieModule().getReleaseId());
    return container.getKieBase();
  }

  /** The effect of a fact, which is reset first; the fact is not left in the session. */
  Effect effect(DroolsRequest fact) {
    fact.reset();
    FactHandle handle = session.insert(fact);
    session.fireAllRules();
    session.delete(handle);
    return fact.getEffect();
  }

  /** The effect of a request, through a new fact. */
  Effect effect(Request request) {
    return effect(DroolsRequest.of(request));
  }

  @Override
  public void close() {
    session.dispose();
  }
}
