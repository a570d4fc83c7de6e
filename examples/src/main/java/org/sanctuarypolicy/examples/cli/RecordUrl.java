package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.sanctuarypolicy.record.ComplianceRecord;
import org.sanctuarypolicy.record.RecordException;
import org.sanctuarypolicy.record.RecordInputException;

/**
 * Opens the compliance record that {@code --record URL} names: {@code jdbc:sqlite:FILE}, a bare
 * file path (SQLite), or {@code jdbc:postgresql://HOST[:PORT]/DATABASE}.
 *
 * <p>The URL is checked before anything is opened, so that a mistake writes nothing: a password in
 * the URL is refused (PostgreSQL takes it from {@code PGPASSWORD}, the user from {@code PGUSER}
 * when the URL names none); a SQLite path must be a SQLite file holding a record, or, where a new
 * record may begin ({@code evaluate} and {@code serve}), a missing or empty file in a folder that
 * exists. A URL of another kind is refused naming {@link ComplianceRecord#ALLOWED_URLS}.
 */
final class RecordUrl {
  /** The option that names the record. */
  static final String OPTION = "--record";

  /** The environment variable that holds a PostgreSQL password. */
  static final String PASSWORD_VARIABLE = "PGPASSWORD";

  /** The environment variable that holds a PostgreSQL user when the URL names none. */
  static final String USER_VARIABLE = "PGUSER";

  private static final String SQLITE = "jdbc:sqlite:";
  private static final String POSTGRESQL = "jdbc:postgresql:";
  private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(US_ASCII);

  /**
   * {@code password=} (or {@code sslpassword=}, the key file's) as a URL parameter, or {@code
   * user:password@} in the authority.
   */
  private static final Pattern PASSWORD =
      Pattern.compile("(?i)([?&;](ssl)?password=)|(^jdbc:[a-z]+://[^/?#@]*:[^/?#@]*@)");

  private static final Pattern USER = Pattern.compile("(?i)[?&;]user=");

  private RecordUrl() {}

  /**
   * Checks {@code url} and opens the record.
   *
   * @param url the value of {@code --record}
   * @param mayCreate whether a new record may begin here (a missing or empty SQLite file)
   * @param environment the process's environment, for {@code PGPASSWORD} and {@code PGUSER}
   * @return the open record
   * @throws CliException exit 2 when the URL is no record's, exit 3 when the record cannot be
   *     opened
   */
  static ComplianceRecord open(String url, boolean mayCreate, Map<String, String> environment)
      throws CliException {
    Properties properties = check(url, mayCreate, environment);
    try {
      return ComplianceRecord.open(url, properties);
    } catch (RecordInputException e) {
      throw CliException.invalid(notAllowed(url));
    } catch (RecordException e) {
      throw CliException.record(
          "the record at " + Main.printable(url) + " cannot be opened: " + Main.reason(e));
    }
  }

  /**
   * Checks a URL without opening it.
   *
   * @return the connection properties to open it with
   */
  static Properties check(String url, boolean mayCreate, Map<String, String> environment)
      throws CliException {
    if (PASSWORD.matcher(url).find()) {
      // The URL is not shown: it holds a password.
      throw CliException.invalid(
          OPTION
              + ": a URL holding a password is not allowed; allowed: a URL without one, with the"
              + " password in the environment variable "
              + PASSWORD_VARIABLE
              + " (and the user in "
              + USER_VARIABLE
              + " or the URL's user=)");
    }
    Properties properties = new Properties();
    if (url.startsWith(POSTGRESQL)) {
      String password = environment.get(PASSWORD_VARIABLE);
      if (password != null) {
        properties.setProperty("password", password);
      }
      String user = environment.get(USER_VARIABLE);
      if (user != null && !USER.matcher(url).find()) {
        properties.setProperty("user", user);
      }
      return properties;
    }
    String file;
    if (url.startsWith(SQLITE)) {
      String rest = url.substring(SQLITE.length());
      if (rest.startsWith(":memory:") || rest.startsWith("file:")) {
        return properties; // SQLite's own forms: it checks them itself.
      }
      int query = rest.indexOf('?');
      file = query < 0 ? rest : rest.substring(0, query);
    } else if (url.startsWith("jdbc:") || url.isBlank()) {
      throw CliException.invalid(notAllowed(url));
    } else {
      file = url;
    }
    checkFile(url, file, mayCreate);
    return properties;
  }

  private static void checkFile(String url, String file, boolean mayCreate) throws CliException {
    if (file.isEmpty()) {
      throw CliException.invalid(notAllowed(url));
    }
    Path path;
    try {
      path = Paths.get(file);
    } catch (InvalidPathException e) {
      throw CliException.invalid(notAllowed(url));
    }
    String shown = "\"" + Main.printable(file) + "\"";
    if (Files.isDirectory(path)) {
      throw CliException.invalid(
          OPTION + ": " + shown + " is a folder, not a record; allowed: " + allowed());
    }
    if (!Files.exists(path)) {
      if (!mayCreate) {
        throw CliException.invalid(
            OPTION + ": " + shown + " does not exist; allowed: an existing record, " + allowed());
      }
      Path folder = path.toAbsolutePath().getParent();
      if (folder == null || !Files.isDirectory(folder)) {
        throw CliException.invalid(
            OPTION + ": " + shown + " is in no existing folder; allowed: " + allowed());
      }
      return;
    }
    byte[] header = new byte[SQLITE_HEADER.length];
    int read;
    try (InputStream in = Files.newInputStream(path)) {
      read = in.readNBytes(header, 0, header.length);
    } catch (IOException e) {
      throw CliException.record("the record at " + shown + " cannot be read: " + Main.reason(e));
    }
    if (read == 0) {
      if (!mayCreate) {
        throw CliException.invalid(
            OPTION
                + ": "
                + shown
                + " is empty and holds no record; allowed: an existing record, "
                + allowed());
      }
      return; // SQLite makes an empty file a new database.
    }
    if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
      throw CliException.invalid(
          OPTION + ": " + shown + " is not a SQLite database; allowed: " + allowed());
    }
    if (!holdsRecord(path)) {
      throw CliException.invalid(
          OPTION
              + ": "
              + shown
              + " is a SQLite database that holds no compliance record"
              + " (no record_meta table); allowed: a record, or a new or empty file");
    }
  }

  /** Whether a SQLite file holds a record's identity table; reads it without writing. */
  private static boolean holdsRecord(Path path) throws CliException {
    Properties readOnly = new Properties();
    readOnly.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
    try (Connection connection =
            DriverManager.getConnection(SQLITE + path.toAbsolutePath(), readOnly);
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                    + " AND name = 'record_meta'")) {
      return row.next() && row.getInt(1) == 1;
    } catch (SQLException e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      if (message.toUpperCase(Locale.ROOT).contains("NOTADB")) {
        throw CliException.invalid(
            OPTION
                + ": \""
                + Main.printable(path.toString())
                + "\" is not a SQLite database;"
                + " allowed: "
                + allowed());
      }
      throw CliException.record(
          "the record at \""
              + Main.printable(path.toString())
              + "\" cannot be read: "
              + Main.reason(e));
    }
  }

  /** The message for a URL that names no record. */
  static String notAllowed(String url) {
    String shown = url.isEmpty() ? "empty" : "\"" + Main.printable(url) + "\"";
    return OPTION + ": " + shown + " is not allowed; allowed: " + allowed();
  }

  private static String allowed() {
    return ComplianceRecord.ALLOWED_URLS;
  }
}
