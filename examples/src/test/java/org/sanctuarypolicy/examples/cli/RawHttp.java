package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Ascii;
import com.google.common.base.Verify;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bare HTTP/1.1 client on a socket, for what {@link java.net.http.HttpClient} will not do: send
 * half a request and stall, announce a body it never sends, or send a chunked body of a chosen
 * size. Loopback only; every read waits at most {@link #READ_TIMEOUT_MS}.
 */
final class RawHttp implements AutoCloseable {
  /** The longest any read waits for the server. */
  static final int READ_TIMEOUT_MS = 5_000;

  /** The largest response this client reads. */
  private static final int MAX_RESPONSE = 1 << 22;

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;

  private RawHttp(Socket socket) throws IOException {
    this.socket = socket;
    this.out = socket.getOutputStream();
    this.in = socket.getInputStream();
  }

  /** Connects to the server, which must be on this machine. */
  static RawHttp connect(InetSocketAddress server) throws IOException {
    Verify.verify(server.getAddress().isLoopbackAddress(), "not loopback: %s", server);
    Socket socket = new Socket();
    socket.connect(server, READ_TIMEOUT_MS);
    socket.setSoTimeout(READ_TIMEOUT_MS);
    return new RawHttp(socket);
  }

  /** The head of a POST to {@code /v1/decisions} with a JSON body of {@code length} bytes. */
  static String postHead(long length) {
    return "POST /v1/decisions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "Content-Length: "
        + length
        + "\r\n\r\n";
  }

  /** Sends text as ISO-8859-1 bytes (the HTTP head) and flushes. */
  RawHttp send(String text) throws IOException {
    return send(text.getBytes(ISO_8859_1));
  }

  /** Sends bytes and flushes. */
  RawHttp send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
    return this;
  }

  /** Reads one response: the status line, the headers and a body of its Content-Length. */
  Response read() throws IOException {
    String head = readHead();
    String[] lines = head.split("\r\n");
    String[] status = lines[0].split(" ", 3);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          Ascii.toLowerCase(lines[i].substring(0, colon)), lines[i].substring(colon + 1).trim());
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    Verify.verify(length <= MAX_RESPONSE, "response too large: %s", length);
    byte[] body = in.readNBytes(length);
    Verify.verify(
        body.length == length, "the body ended after %s of %s bytes", body.length, length);
    return new Response(Integer.parseInt(status[1]), headers, new String(body, UTF_8));
  }

  private String readHead() throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the server closed the connection; read: " + head);
      }
      head.write(b);
      Verify.verify(head.size() < 65_536, "response head too long");
      matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(ISO_8859_1).trim();
  }

  /**
   * Whether the server closes the connection, without sending a byte, within {@link
   * #READ_TIMEOUT_MS}.
   *
   * @return true when the connection ended (end of stream or reset) with nothing received; false
   *     when a byte arrived or the read timed out
   */
  boolean closedWithoutAnswer() throws IOException {
    try {
      return in.read() < 0;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (SocketException e) {
      return true; // reset by the server
    }
  }

  /**
   * Whether the server ends the connection in order, with nothing more to read, within {@link
   * #READ_TIMEOUT_MS}.
   *
   * @return true at the end of the stream; false when a byte arrived
   * @throws IOException when the connection was reset or the read timed out
   */
  boolean endedInOrder() throws IOException {
    return in.read() < 0;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  /** One response, with header names in lower case. */
  static final class Response {
    final int status;
    final Map<String, String> headers;
    final String body;

    Response(int status, Map<String, String> headers, String body) {
      this.status = status;
      this.headers = headers;
      this.body = body;
    }

    @Override
    public String toString() {
      return status + " " + headers + " " + body;
    }
  }
}
