using Npgsql;
using Timeline.Data.Store;

namespace Timeline.Data.Tests;

/// <summary>Starting on a PostgreSQL server: migrating and importing when several processes (app instances, CLI runs) do it at once.</summary>
public sealed class PostgresMigrationTests : IDisposable
{
    private readonly string _name = $"timeline_test_{Guid.NewGuid():N}";
    private readonly string _db;

    public PostgresMigrationTests() => _db = PostgresServer.ConnectionString(_name);

    public void Dispose() => PostgresServer.Drop(_name, _db);

    private List<string> Applied()
    {
        using var connection = new NpgsqlConnection(_db);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY 1""";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    [Fact]
    public async Task Instances_migrating_a_new_database_at_once_create_and_migrate_it_once()
    {
        // Each as a process of its own would: its own connections, all starting together on a server without the database.
        using var start = new ManualResetEventSlim();
        var instances = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            start.Wait();
            TimelineDatabase.Migrate(_db);
        })).ToList();
        start.Set();
        await Task.WhenAll(instances);

        Applied().ShouldBe(MigrationScripts.Embedded(DatabaseEngine.Postgres).Select(s => s.Id).ToList());
        TimelineDatabase.PendingMigrations(_db).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_second_import_lock_waits_until_the_first_is_released()
    {
        TimelineDatabase.Migrate(_db);
        var told = new List<string>();
        using var first = ImportLock.Acquire(_db);

        var second = Task.Run(() => ImportLock.Acquire(_db, told.Add));
        await Task.Delay(500);
        second.IsCompleted.ShouldBeFalse("the first holds the lock");
        first.Dispose();

        using var got = await second.WaitAsync(TimeSpan.FromSeconds(10));
        got.ShouldNotBeNull("released, the lock goes to the waiter");
        told.Single().ShouldContain("advisory lock");
    }

    [Fact]
    public void Waiting_for_the_import_lock_ends_when_cancelled()
    {
        TimelineDatabase.Migrate(_db);
        using var held = ImportLock.Acquire(_db);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        Should.Throw<OperationCanceledException>(() => ImportLock.Acquire(_db, ct: cancel.Token));
    }
}
