package org.sanctuarypolicy.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The test kit's Maven coordinates, written into a resource by the build. */
final class LibraryVersion {
  private static final String RESOURCE = "/org/sanctuarypolicy/testkit/testkit.properties";
  static final String GROUP_ID;
  static final String ARTIFACT_ID;
  static final String VERSION;

  static {
    Properties properties = new Properties();
    try (InputStream in = LibraryVersion.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    GROUP_ID = properties.getProperty("groupId", "org.sanctuarypolicy");
    ARTIFACT_ID = properties.getProperty("artifactId", "policy-testkit");
    String version = properties.getProperty("version", "unknown");
    VERSION = version.startsWith("${") ? "unknown" : version;
  }

  private LibraryVersion() {}

  static String coordinates() {
    return GROUP_ID + ":" + ARTIFACT_ID + ":" + VERSION;
  }
}
