package org.sanctuarypolicy.json;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.sanctuarypolicy.api.ClauseCatalog;

/**
 * The catalogs released with the library, kept as JSON resources beside this class ({@code
 * catalogs/NAME.json}), each exactly as it shipped and carrying its fingerprint, which reading
 * checks.
 */
final class ReleasedCatalogs {
  static final ImmutableList<String> NAMES = ImmutableList.of("chicago-1.0.0", "chicago-1.1.0");

  private ReleasedCatalogs() {}

  static ClauseCatalog read(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "catalog: "
              + Wire.quote(name)
              + " is not a released catalog; allowed: "
              + Wire.join(NAMES));
    }
    try (InputStream json =
        ReleasedCatalogs.class.getResourceAsStream("catalogs/" + name + ".json")) {
      if (json == null) {
        throw new IllegalStateException(
            "the released catalog " + name + " is missing from the jar");
      }
      return CatalogReader.read(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
