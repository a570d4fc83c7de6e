package org.sanctuarypolicy.examples.cli;

import com.google.common.collect.ImmutableList;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.jspecify.annotations.Nullable;

/**
 * The TLS identity of {@code serve --tls-keystore FILE}: a PKCS#12 keystore holding the server's
 * private key and certificate chain, opened with the password in the environment variable {@link
 * #PASSWORD_VARIABLE} (never a command-line option, which other users of the machine could read in
 * the process list). Immutable.
 *
 * <p>The server speaks TLS 1.3 and 1.2 only ({@link #configurator}), asks no client certificate,
 * and leaves cipher suites to the JDK's defaults, which exclude the weak ones.
 */
final class TlsKeystore {
  /** The option that names the keystore. */
  static final String OPTION = "--tls-keystore";

  /** The environment variable that holds the keystore's password. */
  static final String PASSWORD_VARIABLE = "SANCTUARY_TLS_PASSWORD";

  /** The protocols the server speaks, newest first. */
  static final ImmutableList<String> PROTOCOLS = ImmutableList.of("TLSv1.3", "TLSv1.2");

  private static final String ALLOWED =
      "a PKCS#12 keystore holding the server's private key and certificate, with one password"
          + " for the store and the key, such as keytool -genkeypair -storetype PKCS12 makes";

  private final SSLContext context;
  private final X509Certificate certificate;

  private TlsKeystore(SSLContext context, X509Certificate certificate) {
    this.context = context;
    this.certificate = certificate;
  }

  /**
   * Opens the keystore and makes the server's TLS context from it.
   *
   * @param file the PKCS#12 file
   * @param environment the process's environment, for {@link #PASSWORD_VARIABLE}
   * @return the TLS identity
   * @throws CliException exit 2 when the password variable is not set, the file cannot be read, is
   *     no PKCS#12 keystore, the password is wrong, or it holds no private key with a certificate;
   *     the message names the option, and never shows the password
   */
  static TlsKeystore load(Path file, Map<String, String> environment) throws CliException {
    String shown = OPTION + ": \"" + Main.printable(file.toString()) + "\"";
    String variable = environment.get(PASSWORD_VARIABLE);
    if (variable == null || variable.isEmpty()) {
      throw CliException.invalid(
          OPTION
              + " needs the keystore's password in the environment variable "
              + PASSWORD_VARIABLE
              + ", which is not set (or empty); the password is never given on the command line");
    }
    char[] password = variable.toCharArray();
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(file)) {
        store.load(in, password);
      } catch (NoSuchFileException e) {
        throw CliException.invalid(shown + " does not exist; allowed: " + ALLOWED);
      } catch (IOException e) {
        if (e.getCause() instanceof UnrecoverableKeyException) {
          throw CliException.invalid(
              shown
                  + " cannot be opened with the password in "
                  + PASSWORD_VARIABLE
                  + ": the password is wrong");
        }
        if (Files.isReadable(file) && !Files.isDirectory(file)) {
          throw CliException.invalid(shown + " is not a PKCS#12 keystore; allowed: " + ALLOWED);
        }
        throw CliException.invalid(
            shown
                + " cannot be read: "
                + (e instanceof AccessDeniedException ? "permission denied" : Main.reason(e)));
      }
      X509Certificate certificate = certificate(store);
      if (certificate == null) {
        throw CliException.invalid(
            shown + " holds no private key with its certificate; allowed: " + ALLOWED);
      }
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      try {
        keys.init(store, password);
      } catch (UnrecoverableKeyException e) {
        throw CliException.invalid(
            shown + ": a private key has another password than the keystore; allowed: " + ALLOWED);
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return new TlsKeystore(context, certificate);
    } catch (GeneralSecurityException e) {
      throw CliException.invalid(shown + " cannot be used: " + Main.reason(e));
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /** The certificate of the first private key entry that has one, or null. */
  private static @Nullable X509Certificate certificate(KeyStore store)
      throws GeneralSecurityException {
    List<String> aliases = Collections.list(store.aliases());
    Collections.sort(aliases);
    for (String alias : aliases) {
      if (store.isKeyEntry(alias)) {
        Certificate certificate = store.getCertificate(alias);
        if (certificate instanceof X509Certificate) {
          return (X509Certificate) certificate;
        }
      }
    }
    return null;
  }

  /**
   * The TLS context that serves with the keystore's key.
   *
   * @return the context
   */
  SSLContext context() {
    return context;
  }

  /**
   * The certificate in words, for the line {@code serve} prints when it starts.
   *
   * @return for example {@code certificate CN=localhost, valid until 2027-01-01T00:00:00Z}
   */
  String describe() {
    return "certificate "
        + Main.printable(certificate.getSubjectX500Principal().getName())
        + ", valid until "
        + certificate.getNotAfter().toInstant();
  }

  /**
   * Whether the certificate is outside its validity period at {@code now}: clients will refuse it.
   *
   * @param now the time to check
   * @return true when it has expired or is not yet valid
   */
  boolean outOfDate(Instant now) {
    return now.isAfter(certificate.getNotAfter().toInstant())
        || now.isBefore(certificate.getNotBefore().toInstant());
  }

  /**
   * The configuration of a JDK HTTPS server on {@code context}: {@link #PROTOCOLS} only (those the
   * JDK supports), no client certificate, the JDK's default cipher suites.
   *
   * @param context the server's TLS context
   * @return the configurator
   */
  static HttpsConfigurator configurator(SSLContext context) {
    return new HttpsConfigurator(context) {
      @Override
      public void configure(HttpsParameters parameters) {
        SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
        List<String> supported =
            Arrays.asList(getSSLContext().getSupportedSSLParameters().getProtocols());
        ssl.setProtocols(PROTOCOLS.stream().filter(supported::contains).toArray(String[]::new));
        ssl.setNeedClientAuth(false);
        parameters.setSSLParameters(ssl);
      }
    };
  }
}
