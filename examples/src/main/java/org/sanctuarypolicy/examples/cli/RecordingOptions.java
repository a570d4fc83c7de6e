package org.sanctuarypolicy.examples.cli;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.record.ComplianceRecord;
import org.sanctuarypolicy.record.RecordInputException;
import org.sanctuarypolicy.record.RecordingPolicy;

/**
 * {@code --record URL --unit CODE} of {@code evaluate} and {@code serve}: both or neither. Checked
 * before the record is opened, so that a mistake creates no file.
 *
 * @param url where the record is
 * @param unit the recording unit's code
 */
record RecordingOptions(String url, String unit) {
  /** The option that names the recording unit. */
  static final String UNIT = "--unit";

  /** What a unit or agency code may be: the rule the compliance record applies to its codes. */
  static final String CODE_ALLOWED = "1 to 64 characters of A-Z, 0-9 and -";

  private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{1,64}");

  /** The synopsis of the two options. */
  static final String SYNOPSIS = "[" + RecordUrl.OPTION + " URL " + UNIT + " CODE]";

  /**
   * Reads the two options.
   *
   * @param options the command line
   * @return both, or empty when neither was given
   * @throws CliException a usage error when one comes without the other, or the unit is no code
   */
  static Optional<RecordingOptions> of(Options options) throws CliException {
    Optional<String> url = options.get(RecordUrl.OPTION);
    Optional<String> unit = options.get(UNIT);
    if (url.isEmpty() && unit.isEmpty()) {
      return Optional.empty();
    }
    if (unit.isEmpty()) {
      throw CliException.usage(
          RecordUrl.OPTION + " needs " + UNIT + " CODE: the recording unit (a desk or system)");
    }
    if (url.isEmpty()) {
      throw CliException.usage(UNIT + " needs " + RecordUrl.OPTION + " URL: the record to keep");
    }
    checkCode(UNIT, unit.get());
    return Optional.of(new RecordingOptions(url.get(), unit.get()));
  }

  /**
   * Checks a unit or agency code.
   *
   * @param option the option that gave it, for the message
   * @param code the code
   * @throws CliException a usage error when it is no code
   */
  static void checkCode(String option, String code) throws CliException {
    if (!CODE.matcher(code).matches()) {
      throw CliException.usage(
          option
              + ": \""
              + Main.printable(code)
              + "\" is not allowed; allowed: "
              + CODE_ALLOWED
              + ", such as CPD-LOCKUP-018");
    }
  }

  /**
   * Opens the record (creating it when the file is new) and wraps the Chicago policy in it.
   *
   * @param environment the process's environment
   * @return the recording policy; close its record when done
   * @throws CliException when the URL is no record's (exit 2) or the record cannot be opened (3)
   */
  RecordingPolicy open(Map<String, String> environment) throws CliException {
    ComplianceRecord record = RecordUrl.open(url, true, environment);
    try {
      return RecordingPolicy.of(SanctuaryPolicy.chicago(), record, unit);
    } catch (RecordInputException e) {
      record.close();
      throw CliException.usage(
          UNIT + ": \"" + Main.printable(e.value()) + "\" is not allowed; allowed: " + e.allowed());
    }
  }
}
