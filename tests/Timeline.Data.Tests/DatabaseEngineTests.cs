using Timeline.Data.Store;

namespace Timeline.Data.Tests;

public sealed class DatabaseEngineTests
{
    [Theory]
    [InlineData("Host=db.example;Database=timeline;Username=app")]
    [InlineData("host=127.0.0.1; port=5433; database=t")]
    [InlineData("Server=db;Database=timeline")]
    public void A_connection_string_naming_a_server_is_postgres(string connectionString) =>
        DatabaseEngines.Of(connectionString).ShouldBe(DatabaseEngine.Postgres);

    [Theory]
    [InlineData("Data Source=/var/lib/timeline/timeline.db")]
    [InlineData("/tmp/timeline.db")]
    [InlineData("timeline.db")]
    [InlineData("/tmp/odd=name.db")]
    [InlineData("Data Source=:memory:")]
    public void A_file_or_a_sqlite_connection_string_is_sqlite(string connectionString) =>
        DatabaseEngines.Of(connectionString).ShouldBe(DatabaseEngine.Sqlite);

    [Fact]
    public void The_sqlite_default_is_the_connection_string_it_always_was() =>
        TimelineDatabase.ConnectionStringForFile("/tmp/x.db").ShouldBe("Data Source=/tmp/x.db");

    [Theory]
    [InlineData("postgres", "Host=db;Database=t", DatabaseEngine.Postgres)]
    [InlineData("Sqlite", "Data Source=t.db", DatabaseEngine.Sqlite)]
    [InlineData(null, "Host=db;Database=t", DatabaseEngine.Postgres)]
    public void A_setting_that_agrees_with_the_connection_string_chooses_its_engine(string? setting, string connectionString, DatabaseEngine engine) =>
        DatabaseEngines.Of(connectionString, setting).ShouldBe(engine);

    [Theory]
    [InlineData("Postgres", "Data Source=t.db", "names no server")]
    [InlineData("Sqlite", "Host=db;Database=t", "names a PostgreSQL server")]
    [InlineData("MySql", "Data Source=t.db", "must be Sqlite or Postgres")]
    public void A_setting_that_contradicts_the_connection_string_is_refused_with_why(string setting, string connectionString, string why) =>
        Should.Throw<InvalidOperationException>(() => DatabaseEngines.Of(connectionString, setting)).Message.ShouldContain(why);

    [Fact]
    public void Each_engine_has_its_dialect() =>
        (StoreDialect.For("Host=db;Database=t"), StoreDialect.For("Data Source=t.db")).ShouldBe((PostgresDialect.Instance, SqliteDialect.Instance));
}
