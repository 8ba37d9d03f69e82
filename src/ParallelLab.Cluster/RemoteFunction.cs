using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ParallelLab.Cluster;

/// <summary>
/// Work for an engine, as code: a static method, or a lambda that captures nothing, named by its
/// assembly's file and its type's and its own metadata tokens (a lambda's compiler-made names
/// are no names to look up), so that the engine loads and runs that very
/// method (the analogue of ipyparallel's <c>sync_imports</c> is the assembly the engine loads). A
/// lambda that captures state is refused: the state lives in the client's process.
/// </summary>
internal sealed record RemoteFunction(string AssemblyPath, string TypeName, int TypeToken, int MetadataToken, string MethodName)
{
    public static RemoteFunction From(Delegate function)
    {
        ArgumentNullException.ThrowIfNull(function);
        if (function.GetInvocationList().Length > 1)
        {
            throw new ArgumentException("a multicast delegate cannot run on an engine: pass one method", nameof(function));
        }

        MethodInfo method = function.Method;
        if (function.Target is { } target)
        {
            Type closure = target.GetType();
            string[] captured = closure.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Select(f => f.Name).Where(name => !IsDelegateCache(name)).ToArray();
            if (captured.Length > 0)
            {
                throw new ArgumentException(
                    $"{Describe(method)} captures {string.Join(", ", captured.Select(Readable))}: captured values live in this process, not on the engines; pass them as arguments, or push them and pass a Reference",
                    nameof(function));
            }

            if (closure.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            {
                throw new ArgumentException($"'{closure.Name}.{method.Name}' is an instance method: an engine runs static methods (or lambdas that capture nothing)", nameof(function));
            }
        }

        Type type = method.DeclaringType ?? throw new ArgumentException($"'{method.Name}' belongs to no type", nameof(function));
        string path = type.Assembly.Location;
        if (string.IsNullOrEmpty(path))
        {
            throw new ArgumentException($"'{method.Name}' is in an assembly with no file ({type.Assembly.GetName().Name}): an engine loads methods from files", nameof(function));
        }

        return new RemoteFunction(path, type.FullName!, type.MetadataToken, method.MetadataToken, method.Name);
    }

    public JsonObject ToJson() => new()
    {
        ["assembly"] = AssemblyPath,
        ["type"] = TypeName,
        ["type_token"] = TypeToken,
        ["token"] = MetadataToken,
        ["method"] = MethodName,
    };

    public static RemoteFunction FromJson(JsonObject json) => new(
        (string?)json["assembly"] ?? throw new InvalidDataException("no assembly"),
        (string?)json["type"] ?? throw new InvalidDataException("no type"),
        (int?)json["type_token"] ?? throw new InvalidDataException("no type token"),
        (int?)json["token"] ?? throw new InvalidDataException("no token"),
        (string?)json["method"] ?? throw new InvalidDataException("no method"));

    /// <summary>The method, found on the engine; the instance is the compiler's singleton for a lambda that captures nothing.</summary>
    public (MethodInfo Method, object? Instance) Resolve()
    {
        Assembly assembly = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => !a.IsDynamic && SamePath(a.Location, AssemblyPath))
            ?? LoadedByName(AssemblyPath)
            ?? LoadWithDependencies(AssemblyPath);
        Type type = assembly.ManifestModule.ResolveType(TypeToken);
        MethodInfo method = type.Module.ResolveMethod(MetadataToken) as MethodInfo
            ?? throw new InvalidOperationException($"token {MetadataToken} of {assembly.GetName().Name} is not a method");
        if (type.FullName != TypeName || method.Name != MethodName || method.DeclaringType != type)
        {
            throw new InvalidOperationException($"'{TypeName}.{MethodName}' is not the method the client meant: the engine's {assembly.GetName().Name} differs from the client's");
        }

        object? instance = method.IsStatic ? null
            : type.GetField("<>9", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)?.GetValue(null)
              ?? throw new InvalidOperationException($"'{MethodName}' is an instance method of {TypeName}");
        return (method, instance);
    }

    /// <summary>Runs the method on arguments given as JSON, each read as its parameter's type; the result as JSON.</summary>
    public static async Task<JsonNode?> InvokeAsync(MethodInfo method, object? instance, IReadOnlyList<JsonNode?> arguments)
    {
        ParameterInfo[] parameters = method.GetParameters();
        if (arguments.Count != parameters.Length)
        {
            throw new ArgumentException($"'{method.Name}' takes {parameters.Length} arguments, not {arguments.Count}");
        }

        object?[] values = new object?[parameters.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = arguments[i].Deserialize(parameters[i].ParameterType, ClusterJson.Options);
        }

        object? result;
        try
        {
            result = method.Invoke(instance, values);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }

        (object? value, Type type) = await Awaited(result, method.ReturnType).ConfigureAwait(false);
        return type == typeof(void) ? null : JsonSerializer.SerializeToNode(value, type, ClusterJson.Options);
    }

    /// <summary>A task's result (or none), so that an async method's value is what comes back.</summary>
    private static async Task<(object? Value, Type Type)> Awaited(object? result, Type returnType)
    {
        if (result is Task task)
        {
            await task.ConfigureAwait(false);
            Type? valueType = returnType.IsGenericType ? returnType.GetGenericArguments()[0] : null;
            return valueType is null ? (null, typeof(void)) : (returnType.GetProperty("Result")!.GetValue(task), valueType);
        }

        if (result is ValueTask valueTask)
        {
            await valueTask.ConfigureAwait(false);
            return (null, typeof(void));
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            Task asTask = (Task)returnType.GetMethod("AsTask")!.Invoke(result, null)!;
            await asTask.ConfigureAwait(false);
            return (asTask.GetType().GetProperty("Result")!.GetValue(asTask), returnType.GetGenericArguments()[0]);
        }

        return (result, returnType);
    }

    /// <summary>A method as its user wrote it: a lambda by the method it is in, not by its compiler-made name.</summary>
    private static string Describe(MethodInfo method) =>
        method.Name.StartsWith('<') && method.Name.IndexOf('>', StringComparison.Ordinal) is > 1 and int end
            ? $"a lambda in {method.Name[1..end]}"
            : $"'{method.Name}'";

    /// <summary>A captured variable's name; the compiler's names for <c>this</c> and nested closures read as such.</summary>
    private static string Readable(string field) =>
        field.EndsWith("__this", StringComparison.Ordinal) ? "this"
        : field.StartsWith("CS$<>", StringComparison.Ordinal) ? "an enclosing closure"
        : field;

    /// <summary>The compiler's caches of other lambdas' delegates: fields of a closure, but nothing the user captured.</summary>
    private static bool IsDelegateCache(string field) => field.StartsWith("<>9__", StringComparison.Ordinal);

    /// <summary>Folders of the assemblies loaded for clients, where their own dependencies are looked for.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> DependencyFolders = new(StringComparer.Ordinal);

    private static int _resolverAdded;

    /// <summary>
    /// Loads a client's assembly, and lets its dependencies load from its folder as they are needed
    /// (the engine's own dependencies are not a client's): an application's build output holds both.
    /// </summary>
    private static Assembly LoadWithDependencies(string path)
    {
        string full = Path.GetFullPath(path);
        DependencyFolders.TryAdd(Path.GetDirectoryName(full)!, true);
        if (Interlocked.Exchange(ref _resolverAdded, 1) == 0)
        {
            AssemblyLoadContext.Default.Resolving += (context, name) =>
                DependencyFolders.Keys
                    .Select(folder => Path.Combine(folder, name.Name + ".dll"))
                    .Where(File.Exists)
                    .Select(context.LoadFromAssemblyPath)
                    .FirstOrDefault();
        }

        return AssemblyLoadContext.Default.LoadFromAssemblyPath(full);
    }

    private static Assembly? LoadedByName(string path)
    {
        string name = Path.GetFileNameWithoutExtension(path);
        return AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => !a.IsDynamic && a.GetName().Name == name);
    }

    private static bool SamePath(string a, string b) =>
        !string.IsNullOrEmpty(a) && string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
