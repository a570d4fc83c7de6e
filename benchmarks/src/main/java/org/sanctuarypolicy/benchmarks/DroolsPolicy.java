package org.sanctuarypolicy.benchmarks;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import org.drools.model.codegen.ExecutableModelProject;
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
  private static final Supplier<KieBase> BASE = Suppliers.memoize(DroolsPolicy::build);

  private final KieSession session;

  private DroolsPolicy(KieSession session) {
    this.session = session;
  }

  /** A new session over the rules, which are compiled on the first call in this JVM. */
  static DroolsPolicy create() {
    return new DroolsPolicy(BASE.get().newKieSession());
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

  /** The effect of a request, through a new fact that is not left in the session. */
  Effect effect(Request request) {
    DroolsRequest fact = DroolsRequest.of(request);
    FactHandle handle = session.insert(fact);
    session.fireAllRules();
    session.delete(handle);
    return fact.getEffect();
  }

  @Override
  public void close() {
    session.dispose();
  }
}
