package org.sanctuarypolicy.record;

import com.google.common.io.BaseEncoding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * A recording unit's Ed25519 keys as PEM files: {@code private.pem} (PKCS#8) and {@code public.pem}
 * (X.509). The keys and signatures are the JDK's; this class only reads and writes their files.
 */
public final class Keys {
  /** The private key's file name in a key folder. */
  public static final String PRIVATE_FILE = "private.pem";

  /** The public key's file name in a key folder. */
  public static final String PUBLIC_FILE = "public.pem";

  private static final String ALGORITHM = "Ed25519";
  private static final String PRIVATE_LABEL = "PRIVATE KEY";
  private static final String PUBLIC_LABEL = "PUBLIC KEY";

  private Keys() {}

  /**
   * Makes a new key pair and writes {@code private.pem} (readable by its owner only, where the file
   * system allows) and {@code public.pem} into {@code dir}, creating it if needed. Existing key
   * files are never overwritten.
   *
   * @param dir the folder
   * @return the key pair
   * @throws RecordInputException when a key file is already there
   * @throws IOException when the files cannot be written
   */
  public static KeyPair generate(Path dir) throws IOException {
    Path privateFile = dir.resolve(PRIVATE_FILE);
    Path publicFile = dir.resolve(PUBLIC_FILE);
    for (Path file : new Path[] {privateFile, publicFile}) {
      if (Files.exists(file)) {
        throw RecordInputException.of(
            "out", file.toString(), "a folder without private.pem and public.pem");
      }
    }
    KeyPair pair = generator().generateKeyPair();
    Files.createDirectories(dir);
    Files.writeString(publicFile, pem(PUBLIC_LABEL, pair.getPublic().getEncoded()));
    Files.createFile(privateFile);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
    }
    Files.writeString(privateFile, pem(PRIVATE_LABEL, pair.getPrivate().getEncoded()));
    return pair;
  }

  private static KeyPairGenerator generator() {
    try {
      return KeyPairGenerator.getInstance(ALGORITHM);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no Ed25519", e);
    }
  }

  /**
   * Reads an Ed25519 public key from a PEM file.
   *
   * @param file the {@code public.pem}
   * @return the key
   * @throws RecordInputException when the file cannot be read or holds no Ed25519 public key
   */
  public static PublicKey readPublic(Path file) {
    byte[] der = read(file, PUBLIC_LABEL);
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw unreadable(file, PUBLIC_LABEL);
    }
  }

  /**
   * Reads a unit's key pair: {@code privateFile} and the {@code public.pem} beside it, checked to
   * belong together.
   *
   * @param privateFile the {@code private.pem}
   * @return the key pair
   * @throws RecordInputException when a file cannot be read, holds no Ed25519 key, or the two keys
   *     are not one pair
   */
  public static KeyPair readPair(Path privateFile) {
    byte[] der = read(privateFile, PRIVATE_LABEL);
    PrivateKey privateKey;
    try {
      privateKey = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw unreadable(privateFile, PRIVATE_LABEL);
    }
    Path publicFile = privateFile.toAbsolutePath().resolveSibling(PUBLIC_FILE);
    PublicKey publicKey = readPublic(publicFile);
    byte[] probe = "sanctuary-policy key pair check".getBytes(StandardCharsets.UTF_8);
    if (!verifies(publicKey, probe, sign(privateKey, probe))) {
      throw RecordInputException.of(
          "key",
          privateFile.toString(),
          "a private.pem whose public.pem beside it is its own public key");
    }
    return new KeyPair(publicKey, privateKey);
  }

  /**
   * A key's id: the lowercase hex SHA-256 of its X.509 encoding.
   *
   * @param key the public key
   * @return the key id
   */
  public static String id(PublicKey key) {
    return Canonical.sha256(key.getEncoded());
  }

  static byte[] sign(PrivateKey key, byte[] data) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initSign(key);
      signature.update(data);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  static boolean verifies(PublicKey key, byte[] data, byte[] signatureBytes) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initVerify(key);
      signature.update(data);
      return signature.verify(signatureBytes);
    } catch (InvalidKeyException | SignatureException e) {
      return false;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no Ed25519", e);
    }
  }

  private static String pem(String label, byte[] der) {
    return "-----BEGIN "
        + label
        + "-----\n"
        + BaseEncoding.base64().withSeparator("\n", 64).encode(der)
        + "\n-----END "
        + label
        + "-----\n";
  }

  private static byte[] read(Path file, String label) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException | RuntimeException e) {
      throw unreadable(file, label);
    }
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      throw unreadable(file, label);
    }
    try {
      return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    } catch (IllegalArgumentException e) {
      throw unreadable(file, label);
    }
  }

  private static RecordInputException unreadable(Path file, String label) {
    return RecordInputException.of(
        "key",
        file.toString(),
        "a readable PEM file holding an Ed25519 "
            + label.toLowerCase(java.util.Locale.ROOT)
            + " ("
            + (label.equals(PRIVATE_LABEL) ? "PKCS#8" : "X.509")
            + ")");
  }
}
