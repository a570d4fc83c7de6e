package org.sanctuarypolicy.record;

import com.google.common.util.concurrent.Uninterruptibles;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A data source around a real one that counts the connections it hands out and those still open,
 * and fails on a test's cue: the next {@code getConnection} calls, the statements of connections
 * handed out from then on, or the product name their metadata gives. Thread-safe.
 */
final class TrackingDataSource implements DataSource {
  private final DataSource delegate;
  private final AtomicInteger handedOut = new AtomicInteger();
  private final Set<Connection> open = ConcurrentHashMap.newKeySet();
  private final Deque<SQLException> connectionFailures = new ArrayDeque<>();
  private int skip; // guarded by this
  private volatile @Nullable SQLException statementFailure;
  private volatile @Nullable String productName;
  private volatile @Nullable Hold hold;

  private record Hold(CountDownLatch entered, CountDownLatch release) {}

  TrackingDataSource(DataSource delegate) {
    this.delegate = delegate;
  }

  /**
   * Lets the next {@code skip} calls of {@code getConnection} through, then makes the following
   * ones throw {@code failures}, one each, in order.
   */
  synchronized void failConnections(int skip, SQLException... failures) {
    this.skip = skip;
    connectionFailures.addAll(List.of(failures));
  }

  /** How many of the failures given to {@link #failConnections} were not thrown yet. */
  synchronized int failuresLeft() {
    return connectionFailures.size();
  }

  /** Makes {@code createStatement} throw {@code failure} on connections handed out from now on. */
  void failStatements(@Nullable SQLException failure) {
    statementFailure = failure;
  }

  /** Makes the metadata of connections handed out from now on give {@code name} as product. */
  void productName(String name) {
    productName = name;
  }

  /**
   * Makes the next {@code getConnection} call count {@code entered} down and wait for {@code
   * release} before it goes on: the caller is then known to be inside it.
   */
  void holdNextConnection(CountDownLatch entered, CountDownLatch release) {
    hold = new Hold(entered, release);
  }

  /** How many connections were handed out. */
  int handedOut() {
    return handedOut.get();
  }

  /** How many connections handed out are not closed yet. */
  int open() {
    return open.size();
  }

  @Override
  public Connection getConnection() throws SQLException {
    synchronized (this) {
      if (skip > 0) {
        skip--;
      } else if (!connectionFailures.isEmpty()) {
        throw connectionFailures.poll();
      }
    }
    Hold held = hold;
    if (held != null) {
      hold = null;
      held.entered().countDown();
      Uninterruptibles.awaitUninterruptibly(held.release());
    }
    handedOut.incrementAndGet();
    Connection connection = delegate.getConnection();
    Connection tracked =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                new Tracked(connection, statementFailure, productName));
    open.add(tracked);
    return tracked;
  }

  private final class Tracked implements InvocationHandler {
    private final Connection connection;
    private final @Nullable SQLException statementFailure;
    private final @Nullable String productName;

    Tracked(
        Connection connection,
        @Nullable SQLException statementFailure,
        @Nullable String productName) {
      this.connection = connection;
      this.statementFailure = statementFailure;
      this.productName = productName;
    }

    @Override
    public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args)
        throws Throwable {
      switch (method.getName()) {
        case "close":
          open.remove((Connection) proxy);
          break;
        case "createStatement":
          if (statementFailure != null) {
            throw statementFailure;
          }
          break;
        case "getMetaData":
          if (productName != null) {
            return productMetaData(connection.getMetaData(), productName);
          }
          break;
        case "equals":
          return proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        default:
          break;
      }
      try {
        return method.invoke(connection, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  private static DatabaseMetaData productMetaData(DatabaseMetaData metaData, String name) {
    return (DatabaseMetaData)
        Proxy.newProxyInstance(
            DatabaseMetaData.class.getClassLoader(),
            new Class<?>[] {DatabaseMetaData.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getDatabaseProductName")) {
                return name;
              }
              try {
                return method.invoke(metaData, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  /** A failure with SQLite's result code {@code code}, as its driver reports one. */
  static SQLException sqliteFailure(int code) {
    return new SQLException("[SQLITE] result code " + code, null, code);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("only getConnection()");
  }

  @Override
  public @Nullable PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(@Nullable PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
