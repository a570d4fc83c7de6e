package org.sanctuarypolicy.record;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A connection pool that takes a connection back as it is returned: no rollback, no reset of
 * auto-commit, as a pool does when it is set not to roll back on return. The connection returned
 * last is handed out next. A record on it must end every transaction itself: one left open would
 * hold SQLite's write lock, or a stale read snapshot, for the next user of the connection.
 * Thread-safe; {@link #close()} closes the real connections.
 */
final class ReusingPool implements DataSource, AutoCloseable {
  private final DataSource delegate;
  private final Deque<Connection> idle = new ArrayDeque<>();
  private final List<Connection> made = new ArrayList<>();

  ReusingPool(DataSource delegate) {
    this.delegate = delegate;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection real;
    synchronized (this) {
      real = idle.pollFirst();
    }
    if (real == null) {
      real = delegate.getConnection();
      synchronized (this) {
        made.add(real);
      }
    }
    return lend(real);
  }

  private Connection lend(Connection real) {
    AtomicBoolean returned = new AtomicBoolean();
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "close":
                  if (!returned.getAndSet(true)) {
                    synchronized (this) {
                      idle.addFirst(real);
                    }
                  }
                  return null;
                case "isClosed":
                  return returned.get();
                case "equals":
                  return proxy == args[0];
                case "hashCode":
                  return System.identityHashCode(proxy);
                default:
                  try {
                    return method.invoke(real, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
              }
            });
  }

  @Override
  public synchronized void close() throws SQLException {
    for (Connection connection : made) {
      connection.close();
    }
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
