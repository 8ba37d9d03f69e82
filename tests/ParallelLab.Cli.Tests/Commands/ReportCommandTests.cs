using System.Text.Json;
using ParallelLab.TestSupport;

namespace ParallelLab.Cli.Tests.Commands;

/// <summary><c>parallellab report</c> and <c>parallellab compare</c> on real result files.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    private static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Report_writes_the_pages_and_prints_where_index_html_is()
    {
        string output = _folder.File("report");

        CliRun run = CliRun.Of("report", Fixtures, "--output", output, "--no-lesson-plots", "--made-by", "./run-benchmarks.sh '*'");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "4 scaling groups (4 judged), 1 cost, 12 charts from 17 cases\n"
            + "machine while measuring: quiet: no case lost cores to other processes (others took at most 0.00 cores)\n"
            + $"{Path.Combine(output, "index.html")}\n",
            run.Output);
        Assert.Contains("wrote plots/speedup-globallock-freethreads-work-wordcount.png", run.Error, StringComparison.Ordinal);
        string markdown = File.ReadAllText(Path.Combine(output, "index.md"));
        Assert.Contains($"| Made by | ./run-benchmarks.sh '*' ; parallellab report {Fixtures} --output {output} --no-lesson-plots --made-by ./run-benchmarks.sh '*' |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_refuses_a_folder_that_is_not_a_report_and_missing_results()
    {
        File.WriteAllText(_folder.File("notes.txt"), "mine");

        CliRun occupied = CliRun.Of("report", Fixtures, "--output", _folder.Path, "--no-lesson-plots");
        CliRun missing = CliRun.Of("report", _folder.File("absent"), "--no-lesson-plots");

        Assert.Equal(1, occupied.ExitCode);
        Assert.Equal([$"parallellab: error: output folder '{_folder.Path}' is not empty and is not an earlier report; choose another --output"], occupied.ErrorLines);
        Assert.Equal(1, missing.ExitCode);
        Assert.Equal([$"parallellab: error: results '{_folder.File("absent")}' do not exist"], missing.ErrorLines);
        Assert.True(File.Exists(_folder.File("notes.txt")));
    }

    [Fact]
    public void Compare_of_a_run_with_itself_finds_no_regression_and_writes_json()
    {
        string json = _folder.File("compare.json");

        CliRun run = CliRun.Of("compare", Fixtures, Fixtures, "--json", json);

        Assert.Equal(0, run.ExitCode);
        // "none" says how much it covers: the cases with too few iterations were not judged.
        Assert.EndsWith("regression: none among the 9 cases judged, of 17 measured in both sets (8 with too few iterations not judged)\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("17 cases: 0 slower, 0 faster, 9 same, 0 below the noise floor, 8 with too few iterations", run.Output, StringComparison.Ordinal);
        using JsonDocument summary = JsonDocument.Parse(File.ReadAllText(json));
        Assert.False(summary.RootElement.GetProperty("regression").GetBoolean());
        Assert.DoesNotContain("Same (", run.Output, StringComparison.Ordinal);
        Assert.Contains("Same (9):", CliRun.Of("compare", Fixtures, Fixtures, "--show-same").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_exits_3_when_a_case_got_slower()
    {
        string slower = Directory.CreateDirectory(_folder.File("slower")).FullName;
        string original = File.ReadAllText(Path.Combine(Fixtures, "GlobalLock-report-full.json"));
        using (JsonDocument document = JsonDocument.Parse(original))
        {
            // Every measured time of the run, 30 % longer.
            File.WriteAllText(Path.Combine(slower, "GlobalLock-report-full.json"), ScaleNanoseconds(document.RootElement, 1.3));
        }

        string rerun = _folder.File("rerun.txt");
        CliRun run = CliRun.Of("compare", Path.Combine(Fixtures, "GlobalLock-report-full.json"), slower, "--rerun-filters", rerun);

        Assert.Equal(3, run.ExitCode);
        Assert.Equal("*.GlobalLock.FreeThreads\n*.GlobalLock.Serial\n*.GlobalLock.UnderGlobalLock\n", File.ReadAllText(rerun));
        Assert.Contains("Slower (6):", run.Output, StringComparison.Ordinal);
        Assert.Contains(" 1.300×", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("regression: yes\n", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--threshold", "1.5")]
    [InlineData("--alpha", "0")]
    [InlineData("--noise-floor-ms", "-1")]
    [InlineData("--threshold", "NaN")]
    public void Compare_rejects_out_of_range_options_as_usage_errors(string option, string value)
    {
        CliRun run = CliRun.Of("compare", Fixtures, Fixtures, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }

    private static string ScaleNanoseconds(JsonElement element, double factor)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, element, null, factor);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element, string? name, double factor)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value, property.Name, factor);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Write(writer, item, null, factor);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.Number when name == "Nanoseconds":
                writer.WriteNumberValue(element.GetDouble() * factor);
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
