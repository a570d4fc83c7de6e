package org.sanctuarypolicy.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.sanctuarypolicy.json.PolicyJson;

/**
 * Writes random well-formed requests as JSON lines to standard output, drawn as {@link
 * BenchmarkRequests} draws them, to feed the command-line tool in a throughput measurement:
 * {@code java -cp benchmarks/target/benchmarks.jar org.sanctuarypolicy.benchmarks.RequestLines
 * 1000000 > requests.jsonl}. An optional second argument is the seed.
 */
public final class RequestLines {
  private RequestLines() {}

  /**
   * Writes the lines.
   *
   * @param args the number of lines, and optionally the seed
   * @throws IOException when standard output fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: RequestLines COUNT [SEED]");
      System.exit(2);
    }
    int count = Integer.parseInt(args[0]);
    long seed = args.length > 1 ? Long.parseLong(args[1]) : BenchmarkRequests.SEED;
    SplittableRandom random = new SplittableRandom(seed);
    Writer out =
        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    for (int i = 0; i < count; i++) {
      out.write(PolicyJson.write(BenchmarkRequests.draw(random, "r-" + i)));
      out.write('\n');
    }
    out.flush();
  }
}
