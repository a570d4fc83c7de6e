package org.sanctuarypolicy.api;

import org.immutables.value.Value;

/**
 * Which policy made a decision: its id, version and the fingerprint of its clause catalog ({@code
 * sha256:} and 64 hex digits).
 */
@Value.Immutable
public abstract class PolicyInfo {
  PolicyInfo() {}

  /**
   * The policy id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The policy version.
   *
   * @return the version
   */
  @Value.Parameter
  public abstract String version();

  /**
   * The fingerprint of the clause catalog: {@code sha256:} and the hex digest of its canonical
   * form.
   *
   * @return the fingerprint
   */
  @Value.Parameter
  public abstract String fingerprint();

  /**
   * The policy's identity.
   *
   * @param id the id
   * @param version the version
   * @param fingerprint the fingerprint
   * @return the identity
   */
  public static PolicyInfo of(String id, String version, String fingerprint) {
    return ImmutablePolicyInfo.of(id, version, fingerprint);
  }
}
