package org.sanctuarypolicy.examples.cli;

import com.google.common.base.CharMatcher;
import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.record.Checkpoint;
import org.sanctuarypolicy.record.ComplianceRecord;
import org.sanctuarypolicy.record.Keys;
import org.sanctuarypolicy.record.Outcome;
import org.sanctuarypolicy.record.OutcomeType;
import org.sanctuarypolicy.record.RecordBreak;
import org.sanctuarypolicy.record.RecordException;
import org.sanctuarypolicy.record.RecordInputException;
import org.sanctuarypolicy.record.Verification;

/**
 * {@code record outcome|verify|keygen|checkpoint}: what a recording unit and an auditor do with a
 * compliance record besides deciding. Every subcommand but {@code keygen} takes {@code --record
 * URL}, which must name an existing record (see {@link RecordUrl}).
 *
 * <p>Every option is checked before the record is opened, and a refused input writes nothing: exit
 * {@link Main#EXIT_INVALID}. A record that cannot be opened, read or written exits {@link
 * Main#EXIT_RECORD_FAILED}.
 */
final class RecordCommand implements Command {
  private static final String RECORD = RecordUrl.OPTION;
  private static final String SEQ = "--seq";
  private static final String OUTCOME = "--outcome";
  private static final String TO = "--to";
  private static final String AGENCY = "--agency";
  private static final String AT = "--at";
  private static final String KEY = "--key";
  private static final String OUT = "--out";

  private static final String AT_ALLOWED =
      "an ISO-8601 instant such as 2026-03-02T18:40:00Z or 2026-03-02T12:40:00-06:00";
  private static final CharMatcher DIGITS = CharMatcher.inRange('0', '9');

  private final ImmutableList<Command> subcommands =
      ImmutableList.of(
          new OutcomeCommand(), new VerifyCommand(), new KeygenCommand(), new CheckpointCommand());

  @Override
  public String name() {
    return "record";
  }

  @Override
  public String arguments() {
    return "outcome|verify|keygen|checkpoint ...";
  }

  @Override
  public String summary() {
    return "record an outcome, verify a record, make a unit's keys, sign the record's head";
  }

  @Override
  public List<Command> subcommands() {
    return subcommands;
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    if (!args.isEmpty()) {
      for (Command subcommand : subcommands) {
        if (subcommand.name().equals(name() + " " + args.get(0))) {
          return subcommand.run(args.subList(1, args.size()), in, out, err);
        }
      }
    }
    String names =
        subcommands.stream()
            .map(c -> c.name().substring(name().length() + 1))
            .collect(Collectors.joining(", "));
    err.println(
        "policy-cli record: "
            + (args.isEmpty()
                ? "no subcommand given"
                : "unknown subcommand: " + Main.printable(args.get(0)))
            + "; allowed: "
            + names);
    for (Command subcommand : subcommands) {
      err.println("usage: java -jar policy-cli.jar " + Main.synopsis(subcommand));
    }
    return Main.EXIT_INVALID;
  }

  /** A refused input of the record, as an error on the option that gave it. */
  private static CliException refused(String option, RecordInputException e) {
    return CliException.invalid(
        option
            + ": \""
            + Main.printable(e.value())
            + "\" is not allowed; allowed: "
            + e.allowed()
            + "; nothing was written");
  }

  /** An option's bad value: a usage error naming the option, the value and what is allowed. */
  static CliException badValue(String option, String value, String allowed) {
    return CliException.usage(
        option + ": \"" + Main.printable(value) + "\" is not allowed; allowed: " + allowed);
  }

  /** A path option's value as a path. */
  static Path path(String option, String value) throws CliException {
    try {
      return Paths.get(value);
    } catch (InvalidPathException e) {
      throw badValue(option, value, "a file path");
    }
  }

  /** {@code record outcome}: appends an OUTCOME entry and prints its seq. */
  private static final class OutcomeCommand implements Command {
    @Override
    public String name() {
      return "record outcome";
    }

    @Override
    public String arguments() {
      return RECORD
          + " URL "
          + SEQ
          + " N "
          + OUTCOME
          + " NAME ["
          + TO
          + " COUNTERPARTY "
          + AGENCY
          + " CODE] ["
          + AT
          + " TIME]";
    }

    @Override
    public String summary() {
      return "record what happened after the decision of DECISION entry N: "
          + names(OutcomeType.values())
          + " (TRANSFERRED with --to and --agency); TIME when it happened (default: now); print"
          + " the OUTCOME entry's seq";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
      try {
        Options options =
            Options.parse(
                args,
                ImmutableSet.of(RECORD, SEQ, OUTCOME, TO, AGENCY, AT),
                ImmutableSet.of(),
                0,
                false);
        String url = options.required(RECORD, "URL");
        long seq = seq(options.required(SEQ, "N"));
        OutcomeType type = outcomeType(options.required(OUTCOME, "NAME"));
        Optional<Counterparty> to = counterparty(options.get(TO));
        Optional<String> agency = options.get(AGENCY);
        if (agency.isPresent()) {
          RecordingOptions.checkCode(AGENCY, agency.get());
        }
        Optional<Instant> at = instant(options.get(AT));
        Outcome outcome = outcome(seq, type, to, agency, at);
        try (ComplianceRecord record = RecordUrl.open(url, false, System.getenv())) {
          long entry;
          try {
            entry = record.recordOutcome(outcome);
          } catch (RecordInputException e) {
            throw refused(option(e.field()), e);
          } catch (RecordException e) {
            throw CliException.record(Main.reason(e) + "; the outcome is not on the record");
          }
          out.println(entry);
        }
        return Main.EXIT_OK;
      } catch (CliException e) {
        return e.report(this, err);
      }
    }

    private static long seq(String value) throws CliException {
      if (value.length() > 18 || !DIGITS.matchesAllOf(value) || Long.parseLong(value) < 1) {
        throw badValue(SEQ, value, "the seq of a DECISION entry, a whole number from 1");
      }
      return Long.parseLong(value);
    }

    private static OutcomeType outcomeType(String value) throws CliException {
      for (OutcomeType type : OutcomeType.values()) {
        if (type.name().equals(value)) {
          return type;
        }
      }
      throw badValue(OUTCOME, value, names(OutcomeType.values()));
    }

    private static Optional<Counterparty> counterparty(Optional<String> value) throws CliException {
      if (value.isEmpty()) {
        return Optional.empty();
      }
      for (Counterparty counterparty : Counterparty.values()) {
        if (counterparty.name().equals(value.get())) {
          return Optional.of(counterparty);
        }
      }
      throw badValue(TO, value.get(), names(Counterparty.values()));
    }

    private static Optional<Instant> instant(Optional<String> value) throws CliException {
      if (value.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(DateTimeFormatter.ISO_INSTANT.parse(value.get(), Instant::from));
      } catch (DateTimeException e) {
        throw badValue(AT, value.get(), AT_ALLOWED);
      }
    }

    private static Outcome outcome(
        long seq,
        OutcomeType type,
        Optional<Counterparty> to,
        Optional<String> agency,
        Optional<Instant> at)
        throws CliException {
      try {
        return Outcome.of(seq, type, to, agency, at);
      } catch (RecordInputException e) {
        String option = option(e.field());
        if (e.value().equals("missing")) {
          throw CliException.usage(
              option
                  + " is required with "
                  + OUTCOME
                  + " "
                  + OutcomeType.TRANSFERRED
                  + "; allowed: "
                  + e.allowed());
        }
        throw CliException.usage(
            option
                + ": \""
                + Main.printable(e.value())
                + "\" is not allowed with "
                + OUTCOME
                + " "
                + type
                + "; allowed: "
                + e.allowed());
      }
    }

    /** The option that gives an outcome's field. */
    private static String option(String field) {
      switch (field) {
        case "seq":
          return SEQ;
        case "to":
          return TO;
        case "agency":
          return AGENCY;
        case "occurredAt":
          return AT;
        default:
          return "--" + field;
      }
    }
  }

  /** {@code record verify}: checks the whole record and prints the result. */
  private static final class VerifyCommand implements Command {
    @Override
    public String name() {
      return "record verify";
    }

    @Override
    public String arguments() {
      return RECORD + " URL [" + KEY + " PUBLIC.pem]";
    }

    @Override
    public String summary() {
      return "check every hash, link, column, outcome and checkpoint (and, with --key, the"
          + " checkpoints' signatures); print the result; exit 0 verified, 1 broken (with the"
          + " first break: seq, kind, detail)";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
      try {
        Options options =
            Options.parse(args, ImmutableSet.of(RECORD, KEY), ImmutableSet.of(), 0, false);
        String url = options.required(RECORD, "URL");
        Optional<PublicKey> key = Optional.empty();
        if (options.has(KEY)) {
          Path file = path(KEY, options.get(KEY).orElseThrow());
          try {
            key = Optional.of(Keys.readPublic(file));
          } catch (RecordInputException e) {
            throw CliException.invalid(
                KEY
                    + ": \""
                    + Main.printable(e.value())
                    + "\" is not allowed; allowed: "
                    + e.allowed());
          }
        }
        Verification verification;
        try (ComplianceRecord record = RecordUrl.open(url, false, System.getenv())) {
          verification = key.isPresent() ? record.verify(key.get()) : record.verify();
        } catch (RecordException e) {
          throw CliException.record(Main.reason(e));
        }
        out.println(describe(verification));
        return verification.verified() ? Main.EXIT_OK : Main.EXIT_BROKEN;
      } catch (CliException e) {
        return e.report(this, err);
      }
    }
  }

  /**
   * A verification in one line: {@code verified: record ID: ...} or {@code broken: record ID: seq
   * S: KIND: detail}.
   *
   * @param verification the verification
   * @return the line
   */
  static String describe(Verification verification) {
    Optional<RecordBreak> broken = verification.firstBreak();
    if (broken.isPresent()) {
      RecordBreak first = broken.get();
      return "broken: record "
          + verification.recordId()
          + ": seq "
          + first.seq()
          + ": "
          + first.kind()
          + ": "
          + Main.printable(first.detail());
    }
    return "verified: record "
        + verification.recordId()
        + ": "
        + verification.entries()
        + (verification.entries() == 1 ? " entry" : " entries")
        + ", head seq "
        + verification.headSeq()
        + " hash "
        + verification.headHash()
        + ", "
        + verification.checkpointsInChain()
        + " checkpoints in the chain, "
        + verification.checkpointsSigned()
        + " signatures verified";
  }

  /** {@code record keygen}: makes a unit's Ed25519 key pair. */
  private static final class KeygenCommand implements Command {
    @Override
    public String name() {
      return "record keygen";
    }

    @Override
    public String arguments() {
      return OUT + " DIR";
    }

    @Override
    public String summary() {
      return "make a unit's Ed25519 keys: write DIR/private.pem (PKCS#8, readable by its owner"
          + " only) and DIR/public.pem (X.509), never over existing ones; print the key id";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
      try {
        Options options = Options.parse(args, ImmutableSet.of(OUT), ImmutableSet.of(), 0, false);
        String dir = options.required(OUT, "DIR");
        KeyPair keys;
        try {
          keys = Keys.generate(path(OUT, dir));
        } catch (RecordInputException e) {
          throw CliException.invalid(
              OUT
                  + ": \""
                  + Main.printable(dir)
                  + "\" already holds "
                  + Main.printable(e.value())
                  + "; allowed: "
                  + e.allowed()
                  + "; nothing was written");
        } catch (IOException e) {
          throw CliException.invalid(
              "cannot write the keys into \"" + Main.printable(dir) + "\": " + Main.ioReason(e));
        }
        out.println(Keys.id(keys.getPublic()));
        return Main.EXIT_OK;
      } catch (CliException e) {
        return e.report(this, err);
      }
    }
  }

  /** {@code record checkpoint}: signs the head of the chain. */
  private static final class CheckpointCommand implements Command {
    @Override
    public String name() {
      return "record checkpoint";
    }

    @Override
    public String arguments() {
      return RECORD + " URL " + KEY + " PRIVATE.pem";
    }

    @Override
    public String summary() {
      return "sign the head of the chain with the unit's private key (public.pem beside it);"
          + " print the checkpoint's seq, hash and key id";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
      try {
        Options options =
            Options.parse(args, ImmutableSet.of(RECORD, KEY), ImmutableSet.of(), 0, false);
        String url = options.required(RECORD, "URL");
        Path file = path(KEY, options.required(KEY, "PRIVATE.pem"));
        KeyPair keys;
        try {
          keys = Keys.readPair(file);
        } catch (RecordInputException e) {
          throw CliException.invalid(
              KEY
                  + ": \""
                  + Main.printable(e.value())
                  + "\" is not allowed; allowed: "
                  + e.allowed());
        }
        Checkpoint checkpoint;
        try (ComplianceRecord record = RecordUrl.open(url, false, System.getenv())) {
          checkpoint = record.checkpoint(keys);
        } catch (RecordInputException e) {
          throw refused(RECORD, e);
        } catch (RecordException e) {
          throw CliException.record(Main.reason(e));
        }
        out.println(
            "seq "
                + checkpoint.seq()
                + " hash "
                + checkpoint.hash()
                + " key "
                + checkpoint.keyId());
        return Main.EXIT_OK;
      } catch (CliException e) {
        return e.report(this, err);
      }
    }
  }

  /** Enum names, comma-separated, in declaration order. */
  static String names(Enum<?>[] values) {
    return Joiner.on(", ").join(Arrays.stream(values).map(Enum::name).iterator());
  }
}
