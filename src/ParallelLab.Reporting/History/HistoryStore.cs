using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ParallelLab.Core.IO;
using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.History;

/// <summary>
/// The result history: every case's raw iterations with the commit, the machine and the case's
/// parameters, in one SQLite file (Microsoft.Data.Sqlite). Adding is one transaction, so a failure
/// leaves the file as it was; adding the same results again changes nothing. Iterations are stored
/// as their IEEE 754 bytes, so they come back bit for bit.
/// </summary>
public sealed class HistoryStore : IDisposable
{
    /// <summary>The schema this version writes and reads; a file with a higher one is refused, never changed.</summary>
    public const int SchemaVersion = 1;

    /// <summary>"PLAB": marks the file as a ParallelLab history (SQLite's application_id).</summary>
    private const int ApplicationId = 0x504C4142;

    /// <summary>How long a write waits for another process's lock before it gives up, in seconds.</summary>
    private const int LockWaitSeconds = 3;

    private static readonly JsonSerializerOptions Json = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private readonly SqliteConnection _connection;
    private readonly string _path;

    private HistoryStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        _path = path;
    }

    /// <summary>The default file, beside the reports: <c>reports/history.db</c>.</summary>
    public static string DefaultPath => Path.Combine("reports", "history.db");

    /// <summary>Opens the history to add to, creating the file (and its schema) when it does not exist.</summary>
    public static HistoryStore OpenForWriting(string path) => Open(path, SqliteOpenMode.ReadWriteCreate);

    /// <summary>Opens an existing history to read.</summary>
    public static HistoryStore OpenForReading(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return File.Exists(path)
            ? Open(path, SqliteOpenMode.ReadOnly)
            : throw new InputException($"history '{path}' does not exist ('parallellab history add' creates it)");
    }

    private static HistoryStore Open(string path, SqliteOpenMode mode)
    {
        ArgumentNullException.ThrowIfNull(path);
        // SQLite needs a file it can lock and seek: a device or a FIFO would block or be written to.
        FileKind kind = FileStatus.KindOf(path);
        if (kind is not (FileKind.Missing or FileKind.Regular))
        {
            throw new InputException($"history '{path}' is a {kind.ToString().ToLowerInvariant()}, not a database file");
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = LockWaitSeconds };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            Translate(path, () => connection.Open());
            var store = new HistoryStore(connection, path);
            store.PrepareSchema(writable: mode != SqliteOpenMode.ReadOnly);
            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>Stores every measured case of <paramref name="results"/> for the commit on the named machine; returns how many were new.</summary>
    public HistoryAddition Add(ResultSet results, HistoryCommit commit, string machineName) => Add([results], commit, machineName);

    /// <summary>
    /// Stores several runs (one result set each, e.g. one per result file) in one transaction: all
    /// of them, or, on any failure, none. Two runs of one case at one commit are both kept.
    /// </summary>
    public HistoryAddition Add(IReadOnlyList<ResultSet> runs, HistoryCommit commit, string machineName)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(commit);
        if (runs.Count == 0)
        {
            throw new ArgumentException("no results to add", nameof(runs));
        }

        return Translate(_path, () =>
        {
            using SqliteTransaction transaction = _connection.BeginTransaction();
            Execute("INSERT INTO commits (sha, committed_at, branch, added) VALUES ($sha, $date, $branch, (SELECT COUNT(*) FROM commits)) ON CONFLICT (sha) DO UPDATE SET branch = COALESCE(commits.branch, excluded.branch)",
                ("$sha", commit.Sha), ("$date", commit.Date.ToString("O", CultureInfo.InvariantCulture)), ("$branch", (object?)commit.Branch ?? DBNull.Value));
            int added = 0, known = 0;
            HistoryMachine machine = HistoryMachine.Of(machineName, runs[^1].Host);
            foreach (ResultSet results in runs)
            {
                machine = HistoryMachine.Of(machineName, results.Host);
                long machineId = MachineId(machine);
                foreach (BenchmarkResult result in results.Results.Where(r => r.Nanoseconds.Count > 0))
                {
                    long caseId = CaseId(result);
                    byte[] samples = MemoryMarshal.AsBytes(result.Nanoseconds.ToArray().AsSpan()).ToArray();
                    int rows = Execute("INSERT OR IGNORE INTO measurements (case_id, machine_id, commit_sha, run_started, metrics, samples, digest) VALUES ($case, $machine, $sha, $started, $metrics, $samples, $digest)",
                        ("$case", caseId), ("$machine", machineId), ("$sha", commit.Sha), ("$started", result.RunStarted.ToString("O", CultureInfo.InvariantCulture)),
                        ("$metrics", JsonSerializer.Serialize(result.Metrics, Json)), ("$samples", samples), ("$digest", Convert.ToHexString(SHA256.HashData(samples))));
                    (added, known) = rows == 1 ? (added + 1, known) : (added, known + 1);
                }
            }

            transaction.Commit();
            return new HistoryAddition(added, known, machine);
        });
    }

    /// <summary>Every commit stored, oldest first: by committer date, then in the order they were added.</summary>
    public IReadOnlyList<HistoryCommit> Commits() => Translate(_path, () =>
    {
        var commits = new List<HistoryCommit>();
        Query("SELECT sha, committed_at, branch FROM commits ORDER BY committed_at, added", reader => commits.Add(ReadCommit(reader, 0)));

        return commits;
    });

    /// <summary>Each case on each machine with its runs, commits oldest first.</summary>
    public IReadOnlyList<CaseHistory> Cases() => Cases(ScalingConventions.Default);

    /// <summary>Each case on each machine with its runs, commits oldest first, read with the worker axis and baseline the user named.</summary>
    public IReadOnlyList<CaseHistory> Cases(ScalingConventions conventions) => Translate(_path, () =>
    {
        var cases = new Dictionary<(long Case, long Machine), (HistoryMachine Machine, List<(HistoryCommit Commit, BenchmarkResult Result)> Runs)>();
        Query(
            """
            SELECT c.type, c.method, c.parameters, c.job_id, c.job_environment,
                   m.run_started, m.metrics, m.samples,
                   k.sha, k.committed_at, k.branch,
                   h.name, h.processor, h.logical_cores, h.physical_cores, h.operating_system, h.runtime,
                   c.id, h.id
            FROM measurements m
            JOIN cases c ON c.id = m.case_id
            JOIN machines h ON h.id = m.machine_id
            JOIN commits k ON k.sha = m.commit_sha
            ORDER BY k.committed_at, k.added, m.run_started, m.id
            """,
            reader =>
        {
            var machine = new HistoryMachine(reader.GetString(11), reader.GetString(12), reader.GetInt32(13), reader.GetInt32(14), reader.GetString(15), reader.GetString(16));
            IReadOnlyDictionary<string, double> metrics = JsonSerializer.Deserialize<Dictionary<string, double>>(reader.GetString(6), Json) ?? [];
            var result = new BenchmarkResult
            {
                Type = reader.GetString(0),
                Method = reader.GetString(1),
                Parameters = JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(2)) ?? [],
                JobId = reader.GetString(3),
                JobEnvironment = JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(4)) ?? [],
                Nanoseconds = MemoryMarshal.Cast<byte, double>((byte[])reader.GetValue(7)).ToArray(),
                RunStarted = DateTime.Parse(reader.GetString(5), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                Metrics = metrics,
                Load = RecordedLoad.From(metrics, machine.LogicalCores),
                Conventions = conventions,
            };
            var key = (reader.GetInt64(17), reader.GetInt64(18));
            if (!cases.TryGetValue(key, out var entry))
            {
                entry = (machine, []);
                cases[key] = entry;
            }

            entry.Runs.Add((ReadCommit(reader, 8), result));
        });

        return cases.Values.Select(c => CaseHistory.Of(c.Machine, c.Runs)).ToList();
    });

    private void PrepareSchema(bool writable)
    {
        Translate(_path, () =>
        {
            long version = Scalar("PRAGMA user_version");
            long application = Scalar("PRAGMA application_id");
            bool empty = Scalar("SELECT COUNT(*) FROM sqlite_master") == 0;
            if (!empty && application != ApplicationId)
            {
                throw new InputException($"'{_path}' is an SQLite database, but not a ParallelLab history");
            }

            if (version > SchemaVersion)
            {
                throw new InputException($"history '{_path}' was written by a newer ParallelLab (schema {version}; this one knows up to {SchemaVersion}); it was not changed");
            }

            if (!empty || !writable)
            {
                return;
            }

            using SqliteTransaction transaction = _connection.BeginTransaction();
            Execute(
                $"""
                CREATE TABLE commits (sha TEXT PRIMARY KEY, committed_at TEXT NOT NULL, branch TEXT, added INTEGER NOT NULL);
                CREATE TABLE machines (id INTEGER PRIMARY KEY, name TEXT NOT NULL, processor TEXT NOT NULL, logical_cores INTEGER NOT NULL,
                    physical_cores INTEGER NOT NULL, operating_system TEXT NOT NULL, runtime TEXT NOT NULL,
                    UNIQUE (name, processor, logical_cores, physical_cores, operating_system, runtime));
                CREATE TABLE cases (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, type TEXT NOT NULL, method TEXT NOT NULL,
                    parameters TEXT NOT NULL, job_id TEXT NOT NULL, job_environment TEXT NOT NULL);
                CREATE TABLE measurements (id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases (id),
                    machine_id INTEGER NOT NULL REFERENCES machines (id), commit_sha TEXT NOT NULL REFERENCES commits (sha),
                    run_started TEXT NOT NULL, metrics TEXT NOT NULL, samples BLOB NOT NULL, digest TEXT NOT NULL,
                    UNIQUE (case_id, machine_id, commit_sha, run_started, digest));
                PRAGMA application_id = {ApplicationId};
                PRAGMA user_version = {SchemaVersion};
                """);
            transaction.Commit();
        });
    }

    private long MachineId(HistoryMachine machine)
    {
        (string, object)[] values = [("$name", machine.Name), ("$processor", machine.Processor), ("$logical", machine.LogicalCores), ("$physical", machine.PhysicalCores), ("$os", machine.OperatingSystem), ("$runtime", machine.Runtime)];
        Execute("INSERT OR IGNORE INTO machines (name, processor, logical_cores, physical_cores, operating_system, runtime) VALUES ($name, $processor, $logical, $physical, $os, $runtime)", values);
        return Scalar("SELECT id FROM machines WHERE name = $name AND processor = $processor AND logical_cores = $logical AND physical_cores = $physical AND operating_system = $os AND runtime = $runtime", values);
    }

    private long CaseId(BenchmarkResult result)
    {
        Execute("INSERT OR IGNORE INTO cases (key, type, method, parameters, job_id, job_environment) VALUES ($key, $type, $method, $parameters, $job, $environment)",
            ("$key", result.Key), ("$type", result.Type), ("$method", result.Method), ("$parameters", JsonSerializer.Serialize(result.Parameters)),
            ("$job", result.JobId), ("$environment", JsonSerializer.Serialize(result.JobEnvironment)));
        return Scalar("SELECT id FROM cases WHERE key = $key", ("$key", result.Key));
    }

    private static HistoryCommit ReadCommit(SqliteDataReader reader, int first) =>
        new(reader.GetString(first), DateTimeOffset.Parse(reader.GetString(first + 1), CultureInfo.InvariantCulture), reader.IsDBNull(first + 2) ? null : reader.GetString(first + 2));

    private SqliteCommand Command(string sql, (string Name, object Value)[] parameters)
    {
        SqliteCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach ((string name, object value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private int Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using SqliteCommand command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    private long Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        using SqliteCommand command = Command(sql, parameters);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void Query(string sql, Action<SqliteDataReader> readRow)
    {
        using SqliteCommand command = Command(sql, []);
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            readRow(reader);
        }
    }

    private static void Translate(string path, Action action) => Translate<object?>(path, () =>
    {
        action();
        return null;
    });

    /// <summary>SQLite's failures as the one line a user can act on (result codes: https://www.sqlite.org/rescode.html).</summary>
    private static T Translate<T>(string path, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException e)
        {
            throw new InputException(e.SqliteErrorCode switch
            {
                5 or 6 => $"history '{path}' is locked by another process (waited {LockWaitSeconds} s); nothing was changed",
                8 => $"history '{path}' is read-only; nothing was changed",
                14 => $"cannot open history '{path}': {e.Message}",
                11 or 26 => $"'{path}' is not a database (or is damaged)",
                _ => $"history '{path}': {e.Message}",
            }, e);
        }
    }
}
