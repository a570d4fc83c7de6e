package org.sanctuarypolicy.record;

/**
 * The record could not be written or read: the database refused, was unreachable, or holds no
 * record. When a {@link RecordingPolicy} throws it, no decision was returned and nothing was
 * acknowledged: the city must not act on the request.
 */
public final class RecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RecordException(String message, Throwable cause) {
    super(message, cause);
  }

  RecordException(String message) {
    super(message);
  }
}
