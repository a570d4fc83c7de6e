package org.sanctuarypolicy.examples.cli;

import static com.google.common.base.Preconditions.checkArgument;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Ascii;
import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The bearer tokens that {@code serve --tokens FILE} accepts on the {@code /v1/} endpoints, kept
 * only as their SHA-256 digests. Immutable and thread-safe.
 *
 * <p>A presented token is digested and compared with every kept digest by {@link
 * MessageDigest#isEqual}, which takes the same time whatever the bytes; every digest is compared,
 * so the time does not say which token came closest. Comparing digests of one length also hides the
 * length of the tokens. Nothing here keeps, prints or returns a token.
 *
 * <p>The file holds one token per line; blank lines and lines starting with {@code #} are left out,
 * and white space around a token is trimmed. A token is {@link #MIN_LENGTH} or more characters of
 * the {@code b64token} of RFC 6750 (letters, digits, {@code - . _ ~ + /}, then {@code =} padding),
 * so that it can travel in an {@code Authorization} header as it is.
 */
final class BearerTokens {
  /** The option that names the tokens file. */
  static final String OPTION = "--tokens";

  /** The fewest characters a token may have. */
  static final int MIN_LENGTH = 16;

  /** What a token may be, in words. */
  static final String ALLOWED =
      MIN_LENGTH
          + " or more characters of A-Z, a-z, 0-9, - . _ ~ + / (then = padding), one token a line,"
          + " such as the output of openssl rand -hex 32";

  private static final CharMatcher TOKEN_CHARS =
      CharMatcher.inRange('A', 'Z')
          .or(CharMatcher.inRange('a', 'z'))
          .or(CharMatcher.inRange('0', '9'))
          .or(CharMatcher.anyOf("-._~+/"))
          .precomputed();

  private static final String SCHEME = "Bearer";

  /** The result of checking a request's credentials. */
  enum Check {
    /** The request carries one of the tokens. */
    ACCEPTED,
    /** The request carries no bearer token. */
    MISSING,
    /** The request carries a bearer token that is not one of the tokens, or several. */
    WRONG
  }

  private final ImmutableList<byte[]> digests;

  private BearerTokens(ImmutableList<byte[]> digests) {
    this.digests = digests;
  }

  /**
   * The given tokens, for tests and embedding programs.
   *
   * @param tokens the tokens, at least one, each as {@link #ALLOWED}
   * @return the tokens
   * @throws IllegalArgumentException when there is none, or one is not allowed
   */
  static BearerTokens of(List<String> tokens) {
    checkArgument(!tokens.isEmpty(), "tokens: none given; allowed: at least one");
    ImmutableList.Builder<byte[]> digests = ImmutableList.builder();
    for (String token : tokens) {
      checkArgument(isToken(token), "tokens: a token is not allowed; allowed: %s", ALLOWED);
      digests.add(digest(token.getBytes(US_ASCII)));
    }
    return new BearerTokens(digests.build());
  }

  /**
   * Reads the tokens file of {@code --tokens}.
   *
   * @param file the file
   * @return its tokens
   * @throws CliException exit 2 when the file cannot be read, is not UTF-8, holds no token, or a
   *     line is no token; the message names the file and the line, never the line's text
   */
  static BearerTokens read(Path file) throws CliException {
    String shown = "\"" + Main.printable(file.toString()) + "\"";
    List<String> lines;
    try {
      lines = Files.readAllLines(file, UTF_8);
    } catch (MalformedInputException e) {
      throw CliException.invalid(OPTION + ": " + shown + " is not UTF-8 text; allowed: " + ALLOWED);
    } catch (NoSuchFileException e) {
      throw CliException.invalid(OPTION + ": " + shown + " does not exist");
    } catch (AccessDeniedException e) {
      throw CliException.invalid(OPTION + ": " + shown + " cannot be read: permission denied");
    } catch (IOException e) {
      throw CliException.invalid(OPTION + ": " + shown + " cannot be read: " + Main.reason(e));
    }
    ImmutableList.Builder<byte[]> digests = ImmutableList.builder();
    int count = 0;
    for (int i = 0; i < lines.size(); i++) {
      String token = lines.get(i).strip();
      if (token.isEmpty() || token.startsWith("#")) {
        continue;
      }
      if (!isToken(token)) {
        // The line is not shown: it may be a token with a typo, or a password pasted by mistake.
        throw CliException.invalid(
            OPTION
                + ": "
                + shown
                + " line "
                + (i + 1)
                + ": not a token (the line is not shown); allowed: "
                + ALLOWED);
      }
      digests.add(digest(token.getBytes(US_ASCII)));
      count++;
    }
    if (count == 0) {
      throw CliException.invalid(
          OPTION
              + ": "
              + shown
              + " holds no token (only blank lines and # comments); allowed: "
              + ALLOWED);
    }
    return new BearerTokens(digests.build());
  }

  /**
   * How many tokens there are (a token given twice counts twice).
   *
   * @return the count, at least 1
   */
  int size() {
    return digests.size();
  }

  /**
   * Checks the {@code Authorization} headers of a request: exactly one, {@code Bearer TOKEN} (the
   * scheme in any case), with a token of this set.
   *
   * @param authorization the values of the request's {@code Authorization} headers, or null when it
   *     has none
   * @return whether the token was accepted, missing or wrong
   */
  Check check(@Nullable List<String> authorization) {
    if (authorization == null || authorization.isEmpty()) {
      return Check.MISSING;
    }
    if (authorization.size() > 1) {
      return Check.WRONG;
    }
    String value = authorization.get(0).strip();
    int space = value.indexOf(' ');
    String scheme = space < 0 ? value : value.substring(0, space);
    if (!Ascii.equalsIgnoreCase(scheme, SCHEME)) {
      return Check.MISSING;
    }
    String token = space < 0 ? "" : value.substring(space + 1).strip();
    if (!isToken(token)) {
      return Check.WRONG;
    }
    byte[] presented = digest(token.getBytes(US_ASCII));
    boolean accepted = false;
    for (byte[] digest : digests) {
      // No early exit: every digest is compared, whichever matches.
      accepted |= MessageDigest.isEqual(digest, presented);
    }
    return accepted ? Check.ACCEPTED : Check.WRONG;
  }

  /** Whether the text is a b64token of RFC 6750 at least {@link #MIN_LENGTH} long. */
  private static boolean isToken(String text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '=') {
      end--;
    }
    return end >= MIN_LENGTH && TOKEN_CHARS.matchesAllOf(text.subSequence(0, end));
  }

  private static byte[] digest(byte[] token) {
    return Hashing.sha256().hashBytes(token).asBytes();
  }

  /** Never shows a token or a digest. */
  @Override
  public String toString() {
    return "BearerTokens[" + digests.size() + " tokens]";
  }
}
