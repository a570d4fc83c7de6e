package org.sanctuarypolicy.record;

import com.google.common.base.CharMatcher;

/** The codes the record keeps about who recorded and who received: units and agencies. */
final class Codes {
  static final int MAX_LENGTH = 64;
  static final String ALLOWED = "1 to 64 characters of A-Z, 0-9 and -";
  private static final CharMatcher CODE_CHARS =
      CharMatcher.inRange('A', 'Z').or(CharMatcher.inRange('0', '9')).or(CharMatcher.is('-'));

  private Codes() {}

  static boolean isValid(String code) {
    return !code.isEmpty() && code.length() <= MAX_LENGTH && CODE_CHARS.matchesAllOf(code);
  }

  /** {@code code} if it is a valid code, else an error naming {@code field}. */
  static String check(String field, String code) {
    if (!isValid(code)) {
      throw RecordInputException.of(field, code.isEmpty() ? "empty" : code, ALLOWED);
    }
    return code;
  }
}
