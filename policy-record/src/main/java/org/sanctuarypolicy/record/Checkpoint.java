package org.sanctuarypolicy.record;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A signed head of the chain: the {@code seq} and {@code hash} of an entry, when it was signed, and
 * the Ed25519 signature of the unit's key over the canonical JSON {@code
 * {"at":...,"hash":...,"recordId":...,"seq":...}}.
 */
@Value.Immutable
public abstract class Checkpoint {
  Checkpoint() {}

  /**
   * The signed entry's sequence number.
   *
   * @return the seq
   */
  public abstract long seq();

  /**
   * The signed entry's hash.
   *
   * @return 64 lowercase hex digits
   */
  public abstract String hash();

  /**
   * When it was signed.
   *
   * @return the time, in milliseconds
   */
  public abstract Instant signedAt();

  /**
   * The signing key's id: the lowercase hex SHA-256 of its public key's X.509 encoding.
   *
   * @return the key id
   */
  public abstract String keyId();

  /**
   * The base64 of the 64-byte Ed25519 signature.
   *
   * @return the signature
   */
  public abstract String signature();

  /** The canonical text that the signature covers. */
  static String signedText(String recordId, long seq, String hash, Instant at) {
    ObjectNode signed = Canonical.NODES.objectNode();
    signed.put("at", Canonical.time(at));
    signed.put("hash", hash);
    signed.put("recordId", recordId);
    signed.put("seq", seq);
    return Canonical.text(signed);
  }

  static ImmutableCheckpoint.Builder builder() {
    return ImmutableCheckpoint.builder();
  }
}
