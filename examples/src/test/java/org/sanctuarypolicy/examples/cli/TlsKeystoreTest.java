package org.sanctuarypolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keystore of {@code serve --tls-keystore}, opened with the password from the environment. */
class TlsKeystoreTest {
  @TempDir static Path dir;

  private static TestKeystore keystore;

  @BeforeAll
  static void create() throws Exception {
    keystore = TestKeystore.create(dir, "serve.p12");
  }

  @Test
  void load_rightPassword_describesTheCertificate() throws Exception {
    TlsKeystore tls = TlsKeystore.load(keystore.file(), keystore.environment());

    assertThat(tls.describe()).startsWith("certificate CN=localhost, valid until ");
    assertThat(tls.context().getProtocol()).isEqualTo("TLS");
    assertThat(tls.outOfDate(Instant.now())).isFalse();
    assertThat(tls.outOfDate(Instant.now().plus(3, ChronoUnit.DAYS))).isTrue();
  }

  @Test
  void load_passwordVariableMissingOrEmpty_refusedNamingTheVariable() {
    for (Map<String, String> environment :
        List.<Map<String, String>>of(Map.of(), Map.of(TlsKeystore.PASSWORD_VARIABLE, ""))) {
      assertThatThrownBy(() -> TlsKeystore.load(keystore.file(), environment))
          .isInstanceOfSatisfying(
              CliException.class, e -> assertThat(e.exitCode()).isEqualTo(Main.EXIT_INVALID))
          .hasMessageStartingWith(
              "--tls-keystore needs the keystore's password in the environment variable"
                  + " SANCTUARY_TLS_PASSWORD, which is not set");
    }
  }

  @Test
  void load_wrongPassword_refusedNamingTheOptionNotThePassword() {
    assertThatThrownBy(
            () ->
                TlsKeystore.load(
                    keystore.file(), Map.of(TlsKeystore.PASSWORD_VARIABLE, "not-the-password-123")))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(Main.EXIT_INVALID))
        .hasMessage(
            "--tls-keystore: \""
                + keystore.file()
                + "\" cannot be opened with the password in SANCTUARY_TLS_PASSWORD: the password"
                + " is wrong")
        .message()
        .doesNotContain("not-the-password-123");
  }

  @Test
  void load_missingFileOrNoKeystore_refusedNamingTheOption() throws Exception {
    Path text = Files.writeString(dir.resolve("notes.txt"), "not a keystore\n");

    assertThatThrownBy(() -> TlsKeystore.load(dir.resolve("missing.p12"), keystore.environment()))
        .isInstanceOf(CliException.class)
        .hasMessageStartingWith(
            "--tls-keystore: \"" + dir.resolve("missing.p12") + "\" does not exist");
    assertThatThrownBy(() -> TlsKeystore.load(text, keystore.environment()))
        .isInstanceOf(CliException.class)
        .hasMessageStartingWith("--tls-keystore: \"" + text + "\" is not a PKCS#12 keystore");
    assertThatThrownBy(() -> TlsKeystore.load(dir, keystore.environment()))
        .isInstanceOf(CliException.class)
        .hasMessageStartingWith("--tls-keystore: \"" + dir + "\" cannot be read: ");
  }

  @Test
  void load_keystoreWithoutPrivateKey_refusedNamingTheOption() throws Exception {
    char[] password = keystore.password().toCharArray();
    KeyStore full = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore.file())) {
      full.load(in, password);
    }
    KeyStore certificateOnly = KeyStore.getInstance("PKCS12");
    certificateOnly.load(null, null);
    certificateOnly.setCertificateEntry("serve", full.getCertificate("serve"));
    Path file = dir.resolve("certificate-only.p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      certificateOnly.store(out, password);
    }

    assertThatThrownBy(() -> TlsKeystore.load(file, keystore.environment()))
        .isInstanceOf(CliException.class)
        .hasMessageStartingWith(
            "--tls-keystore: \"" + file + "\" holds no private key with its certificate");
  }
}
