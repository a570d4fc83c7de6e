package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Verify;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A PKCS#12 keystore made at test time by the JDK's {@code keytool}: an EC P-256 key with a
 * self-signed certificate for {@code localhost} and {@code 127.0.0.1}, as the docs tell an operator
 * to make one; and a client TLS context that trusts exactly that certificate.
 *
 * @param file the keystore
 * @param password its password (the store's and the key's)
 */
record TestKeystore(Path file, String password) {
  /** The password of every keystore made here. */
  static final String PASSWORD = "test-keystore-password";

  /**
   * Makes a keystore in {@code dir}.
   *
   * @param dir an existing folder
   * @param name the file's name
   * @return the keystore
   */
  static TestKeystore create(Path dir, String name) throws IOException, InterruptedException {
    Path file = dir.resolve(name);
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    ProcessBuilder process =
        new ProcessBuilder(
                List.of(
                    keytool,
                    "-genkeypair",
                    "-alias",
                    "serve",
                    "-keyalg",
                    "EC",
                    "-groupname",
                    "secp256r1",
                    "-storetype",
                    "PKCS12",
                    "-keystore",
                    file.toString(),
                    "-storepass:env",
                    "KEYSTORE_PASSWORD",
                    "-dname",
                    "CN=localhost",
                    "-ext",
                    "SAN=ip:127.0.0.1,dns:localhost",
                    "-validity",
                    "2"))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    process.environment().put("KEYSTORE_PASSWORD", PASSWORD);
    Process running = process.start();
    Verify.verify(running.waitFor(60, TimeUnit.SECONDS), "keytool did not finish");
    Verify.verify(running.exitValue() == 0, "keytool failed: %s", running.exitValue());
    return new TestKeystore(file, PASSWORD);
  }

  /** The environment that gives {@code serve} this keystore's password. */
  Map<String, String> environment() {
    return Map.of(TlsKeystore.PASSWORD_VARIABLE, password);
  }

  /** A client TLS context that trusts this keystore's certificate and no other. */
  SSLContext clientContext() throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, password.toCharArray());
    }
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("serve", store.getCertificate("serve"));
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }

  /** A file of text, for a tokens file. */
  static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, UTF_8);
  }
}
