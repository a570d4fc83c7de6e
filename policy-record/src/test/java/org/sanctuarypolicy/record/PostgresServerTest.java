package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test PostgreSQL server: it runs, isolates databases, is durable and survives restarts. */
class PostgresServerTest {

  @Test
  void newDatabase_sharedServer_answersSelectOne() throws SQLException {
    PostgresServer.Database database = PostgresServer.shared().newDatabase();

    try (Connection connection = database.connect()) {
      assertThat(query(connection, "SELECT 1")).containsExactly("1");
    }
  }

  @Test
  void newDatabase_calledTwice_givesDifferentEmptyDatabases() throws SQLException {
    PostgresServer server = PostgresServer.shared();

    PostgresServer.Database first = server.newDatabase();
    PostgresServer.Database second = server.newDatabase();

    assertThat(first.jdbcUrl()).isNotEqualTo(second.jdbcUrl());
    try (Connection connection = first.connect()) {
      execute(connection, "CREATE TABLE only_in_first (id INT)");
    }
    String userTables =
        "SELECT count(*) FROM pg_catalog.pg_tables"
            + " WHERE schemaname NOT IN ('pg_catalog', 'information_schema')";
    try (Connection connection = second.connect()) {
      assertThat(query(connection, "SELECT current_database()")).containsExactly(second.name());
      assertThat(query(connection, userTables)).containsExactly("0");
    }
  }

  @Test
  void shared_calledTwice_isOneServer() {
    assertThat(PostgresServer.shared()).isSameAs(PostgresServer.shared());
    assertThat(PostgresServer.shared().isRunning()).isTrue();
  }

  @Test
  void server_settings_areDurableAndLoopbackOnly() throws SQLException {
    try (Connection connection = PostgresServer.shared().newDatabase().connect()) {
      assertThat(query(connection, "SHOW fsync")).containsExactly("on");
      assertThat(query(connection, "SHOW synchronous_commit")).containsExactly("on");
      assertThat(query(connection, "SHOW full_page_writes")).containsExactly("on");
      assertThat(query(connection, "SHOW listen_addresses")).containsExactly("127.0.0.1");
      assertThat(query(connection, "SHOW server_encoding")).containsExactly("UTF8");
    }
  }

  @Test
  void connect_wrongPassword_isRejected() throws SQLException {
    PostgresServer.Database database = PostgresServer.shared().newDatabase();

    assertThatThrownBy(
            () -> DriverManager.getConnection(database.jdbcUrl(), database.user(), "wrong"))
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("28P01");
  }

  @Test
  void stopThenStart_committedRows_areKept() throws SQLException {
    PostgresServer server = PostgresServer.shared();
    PostgresServer.Database database = server.newDatabase();
    int port = server.port();
    try (Connection connection = database.connect()) {
      execute(connection, "CREATE TABLE kept (value TEXT)");
      execute(connection, "INSERT INTO kept VALUES ('before stop')");
    }

    try {
      server.stop();

      assertThat(server.isRunning()).isFalse();
      assertThatThrownBy(database::connect)
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("08001");
    } finally {
      server.start();
    }

    assertThat(server.port()).isEqualTo(port);
    try (Connection connection = database.connect()) {
      assertThat(query(connection, "SELECT value FROM kept")).containsExactly("before stop");
    }
  }

  @Test
  void crashThenStart_committedRows_surviveRecovery() throws SQLException {
    PostgresServer server = PostgresServer.shared();
    PostgresServer.Database database = server.newDatabase();
    try (Connection committing = database.connect();
        Connection inTransaction = database.connect()) {
      execute(committing, "CREATE TABLE kept (value TEXT)");
      execute(committing, "INSERT INTO kept VALUES ('committed')");
      inTransaction.setAutoCommit(false);
      execute(inTransaction, "INSERT INTO kept VALUES ('never committed')");

      try {
        server.crash();
      } finally {
        server.start();
      }
    }

    try (Connection connection = database.connect()) {
      assertThat(query(connection, "SELECT value FROM kept")).containsExactly("committed");
    }
  }

  @Test
  void stopAndStart_calledTwice_doNothingTheSecondTime() throws SQLException {
    PostgresServer server = PostgresServer.shared();

    try {
      server.stop();
      server.stop();
    } finally {
      server.start();
      server.start();
    }

    try (Connection connection = server.newDatabase().connect()) {
      assertThat(query(connection, "SELECT 1")).containsExactly("1");
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static List<String> query(Connection connection, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet results = statement.executeQuery(sql)) {
      while (results.next()) {
        values.add(results.getString(1));
      }
    }
    return values;
  }
}
