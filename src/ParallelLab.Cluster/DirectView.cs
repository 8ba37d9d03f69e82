using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ParallelLab.Cluster;

/// <summary>
/// Chosen engines, addressed directly (ipyparallel's <c>DirectView</c>): the same call on each,
/// named values pushed to them and pulled back, arrays scattered over them and gathered.
/// </summary>
public class DirectView
{
    private readonly EngineConnection[] _engines;

    internal DirectView(IReadOnlyList<EngineConnection> engines)
    {
        if (engines.Count == 0)
        {
            throw new ClusterException("a view needs at least one engine");
        }

        _engines = [.. engines];
    }

    /// <summary>The engines this view sends to, in the order results come back.</summary>
    public IReadOnlyList<int> Targets => _engines.Select(e => e.Id).ToArray();

    /// <summary>
    /// Runs <paramref name="function"/> (a static method, or a lambda that captures nothing) on
    /// every engine of the view; a <see cref="Reference"/> argument is each engine's own value.
    /// </summary>
    public AsyncResult<T> ApplyAsync<T>(Delegate function, params object?[] arguments)
    {
        JsonObject content = ApplyContent(function, arguments);
        return Send<T>(_ => ("apply_request", (JsonObject)content.DeepClone()));
    }

    public T[] ApplySync<T>(Delegate function, params object?[] arguments) => ApplyAsync<T>(function, arguments).Get();

    /// <summary>Sets named values on every engine, kept there for later calls.</summary>
    public AsyncResult<JsonElement?> PushAsync(IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var ns = new JsonObject();
        foreach ((string name, object? value) in values)
        {
            ns[name] = JsonSerializer.SerializeToNode(value, value?.GetType() ?? typeof(object), ClusterJson.Options);
        }

        return Send<JsonElement?>(_ => ("push_request", new JsonObject { ["ns"] = ns.DeepClone() }));
    }

    public void Push(IReadOnlyDictionary<string, object?> values) => PushAsync(values).Get();

    /// <summary>Each engine's value of <paramref name="name"/>.</summary>
    public AsyncResult<T> PullAsync<T>(string name) =>
        Send<T>(_ => ("pull_request", new JsonObject { ["name"] = name }));

    public T[] Pull<T>(string name) => PullAsync<T>(name).Get();

    /// <summary>
    /// Splits <paramref name="items"/> into one contiguous part per engine, in engine order, the
    /// first parts one longer when they do not divide evenly (as ipyparallel's scatter does), and
    /// pushes each engine its part under <paramref name="name"/>.
    /// </summary>
    public AsyncResult<JsonElement?> ScatterAsync<T>(string name, IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Send<JsonElement?>(engine =>
        {
            (int start, int length) = Part(items.Count, _engines.Length, engine);
            T[] part = items.Skip(start).Take(length).ToArray();
            return ("push_request", new JsonObject { ["ns"] = new JsonObject { [name] = JsonSerializer.SerializeToNode(part, ClusterJson.Options) } });
        });
    }

    public void Scatter<T>(string name, IReadOnlyList<T> items) => ScatterAsync(name, items).Get();

    /// <summary>The engines' arrays named <paramref name="name"/>, concatenated in engine order.</summary>
    public T[] Gather<T>(string name) => [.. Pull<T[]>(name).SelectMany(part => part)];

    /// <summary>Part <paramref name="index"/> of <paramref name="count"/> items split into <paramref name="parts"/>.</summary>
    internal static (int Start, int Length) Part(int count, int parts, int index)
    {
        int size = count / parts, extra = count % parts;
        return (index * size + Math.Min(index, extra), size + (index < extra ? 1 : 0));
    }

    internal static JsonObject ApplyContent(Delegate function, object?[] arguments)
    {
        RemoteFunction remote = RemoteFunction.From(function);
        System.Reflection.ParameterInfo[] parameters = function.Method.GetParameters();
        if (arguments.Length != parameters.Length)
        {
            throw new ArgumentException($"'{function.Method.Name}' takes {parameters.Length} arguments, not {arguments.Length}", nameof(arguments));
        }

        var args = new JsonArray();
        for (int i = 0; i < arguments.Length; i++)
        {
            args.Add(arguments[i] is Reference reference
                ? new JsonObject { ["ref"] = reference.Name }
                : new JsonObject { ["value"] = JsonSerializer.SerializeToNode(arguments[i], parameters[i].ParameterType, ClusterJson.Options) });
        }

        return new JsonObject { ["function"] = remote.ToJson(), ["args"] = args };
    }

    private AsyncResult<T> Send<T>(Func<int, (string Type, JsonObject Content)> request)
    {
        var clock = Stopwatch.StartNew();
        var replies = new Task<EngineMessage>[_engines.Length];
        for (int i = 0; i < _engines.Length; i++)
        {
            (string type, JsonObject content) = request(i);
            replies[i] = _engines[i].RequestAsync(type, content);
        }

        return new AsyncResult<T>(Targets, replies, clock);
    }
}
