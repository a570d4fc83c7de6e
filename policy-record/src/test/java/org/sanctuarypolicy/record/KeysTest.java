package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysTest {
  @TempDir Path dir;

  private static void assertRefused(ThrowingCallable reading, String field) {
    assertThatThrownBy(reading)
        .isInstanceOfSatisfying(
            RecordInputException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void generate_newFolder_writesOwnerOnlyPrivateKeyAndPublicKey() throws Exception {
    Path keys = dir.resolve("unit/keys");

    KeyPair pair = Keys.generate(keys);

    Path privateFile = keys.resolve("private.pem");
    Path publicFile = keys.resolve("public.pem");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateFile)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(privateFile))
        .startsWith("-----BEGIN PRIVATE KEY-----\n")
        .endsWith("-----END PRIVATE KEY-----\n");
    assertThat(Files.readString(publicFile))
        .startsWith("-----BEGIN PUBLIC KEY-----\n")
        .endsWith("-----END PUBLIC KEY-----\n");
    KeyPair read = Keys.readPair(privateFile);
    assertThat(read.getPrivate().getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
    assertThat(read.getPublic().getEncoded()).isEqualTo(pair.getPublic().getEncoded());
    assertThat(Keys.readPublic(publicFile).getEncoded()).isEqualTo(pair.getPublic().getEncoded());
    assertThat(pair.getPublic().getAlgorithm()).isIn("Ed25519", "EdDSA");
  }

  @Test
  void generate_keyFilesAlreadyThere_refusedAndLeavesThemAlone() throws Exception {
    Keys.generate(dir);
    String privateBefore = Files.readString(dir.resolve("private.pem"));
    String publicBefore = Files.readString(dir.resolve("public.pem"));

    assertRefused(() -> Keys.generate(dir), "out");
    Files.delete(dir.resolve("private.pem"));
    assertRefused(() -> Keys.generate(dir), "out");

    assertThat(dir.resolve("private.pem")).doesNotExist();
    assertThat(Files.readString(dir.resolve("public.pem"))).isEqualTo(publicBefore);
    assertThat(privateBefore).isNotEmpty();
  }

  @Test
  void readPair_publicKeyOfAnotherPair_refusedNamingKey() throws Exception {
    Keys.generate(dir.resolve("a"));
    Keys.generate(dir.resolve("b"));
    Files.copy(
        dir.resolve("b/public.pem"),
        dir.resolve("a/public.pem"),
        StandardCopyOption.REPLACE_EXISTING);

    assertRefused(() -> Keys.readPair(dir.resolve("a/private.pem")), "key");
  }

  @Test
  void readPair_garbageOrUnreadablePem_refusedNamingKey() throws Exception {
    Keys.generate(dir.resolve("good"));
    Path privateFile = dir.resolve("private.pem");
    Files.copy(dir.resolve("good/public.pem"), dir.resolve("public.pem"));
    String[] garbage = {
      "garbage",
      "",
      "-----BEGIN PRIVATE KEY-----\n!!!! not base64 !!!!\n-----END PRIVATE KEY-----\n",
      "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
      "-----END PRIVATE KEY-----\n-----BEGIN PRIVATE KEY-----\n",
      Files.readString(dir.resolve("good/public.pem"))
    };
    for (String text : garbage) {
      Files.writeString(privateFile, text);
      assertRefused(() -> Keys.readPair(privateFile), "key");
    }
    // A public key that is no Ed25519 public key.
    Files.copy(dir.resolve("good/private.pem"), privateFile, StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(dir.resolve("public.pem"), Files.readString(dir.resolve("good/private.pem")));
    assertRefused(() -> Keys.readPair(privateFile), "key");

    assertRefused(() -> Keys.readPair(dir.resolve("missing.pem")), "key");
    assertRefused(() -> Keys.readPublic(dir.resolve("good")), "key");
    assertRefused(() -> Keys.readPublic(dir.resolve("missing.pem")), "key");
  }

  @Test
  void id_publicKey_isTheSha256OfItsEncoding() throws Exception {
    KeyPair pair = Keys.generate(dir);

    assertThat(Keys.id(pair.getPublic()))
        .isEqualTo(
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256").digest(pair.getPublic().getEncoded())))
        .hasSize(64);
  }

  @Test
  void readPublicAndReadPair_garbage_allowedNamesTheFileThatIsExpected() throws Exception {
    Path garbage = dir.resolve("garbage.pem");
    Files.writeString(garbage, "garbage");

    assertThatThrownBy(() -> Keys.readPublic(garbage))
        .isInstanceOfSatisfying(
            RecordInputException.class,
            e -> {
              assertThat(e.value()).isEqualTo(garbage.toString());
              assertThat(e.allowed())
                  .isEqualTo("a readable PEM file holding an Ed25519 public key (X.509)");
            });
    assertThatThrownBy(() -> Keys.readPair(garbage))
        .isInstanceOfSatisfying(
            RecordInputException.class,
            e -> {
              assertThat(e.value()).isEqualTo(garbage.toString());
              assertThat(e.allowed())
                  .isEqualTo("a readable PEM file holding an Ed25519 private key (PKCS#8)");
            });
  }

  @Test
  void verifies_signatureOfAnotherLengthOrOutOfRange_false() {
    KeyPair pair = Fixtures.ed25519();
    byte[] data = "seq 1".getBytes(StandardCharsets.UTF_8);
    byte[] tooLarge = new byte[64];
    Arrays.fill(tooLarge, (byte) 0xff);

    assertThat(Keys.verifies(pair.getPublic(), data, Keys.sign(pair.getPrivate(), data))).isTrue();
    assertThat(Keys.verifies(pair.getPublic(), data, new byte[3])).isFalse();
    assertThat(Keys.verifies(pair.getPublic(), data, tooLarge)).isFalse();
    assertThat(Keys.verifies(pair.getPublic(), data, new byte[64])).isFalse();
  }
}
