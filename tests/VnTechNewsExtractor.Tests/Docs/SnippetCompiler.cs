using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace VnTechNewsExtractor.Tests.Docs;

/// <summary>
/// Compiles a documentation snippet as a consumer's console program would be: top-level statements, C# latest, nullable
/// on, the implicit usings of a new console project, referencing the .NET runtime and the library (with the VnCoreNLP
/// package and everything they reference), and runs it.
/// </summary>
internal static class SnippetCompiler
{
    // What `dotnet new console` (ImplicitUsings enabled) puts in scope; anything else a snippet must say itself.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<MetadataReference[]> References = new(LoadReferences);

    /// <summary>The snippet's errors and warnings (none when it compiles cleanly), and the program when it compiled.</summary>
    public static (IReadOnlyList<Diagnostic> Problems, byte[]? Program) Compile(string code, string name)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(ImplicitUsings, parse, "ImplicitUsings.cs"), CSharpSyntaxTree.ParseText(code, parse, name)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed).ToList();
        return (problems, result.Success ? image.ToArray() : null);
    }

    /// <summary>Runs a compiled snippet and returns what it wrote to the console.</summary>
    public static string Run(byte[] program)
    {
        var context = new AssemblyLoadContext("snippet", isCollectible: true); // its references come from the default context
        var original = Console.Out;
        var output = new StringWriter();
        try
        {
            var entry = context.LoadFromStream(new MemoryStream(program)).EntryPoint ?? throw new InvalidOperationException("the snippet has no entry point");
            Console.SetOut(output);
            entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw new InvalidOperationException($"the snippet threw {ex.InnerException.GetType().Name}: {ex.InnerException.Message}", ex.InnerException);
        }
        finally
        {
            Console.SetOut(original);
            context.Unload();
        }
        return output.ToString();
    }

    private static MetadataReference[] LoadReferences()
    {
        var available = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Length > 0).GroupBy(p => Path.GetFileNameWithoutExtension(p), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var paths = available.Values.Where(p => Path.GetDirectoryName(p) == runtime).ToHashSet(StringComparer.Ordinal);
        // The library packages and, transitively, what they reference (AngleSharp, ML.NET, Python.NET ...).
        var pending = new Stack<AssemblyName>([typeof(ArticleAnalyzer).Assembly.GetName(), typeof(global::VnTechNewsExtractor.VnCoreNLP.VnCoreNlpBackend).Assembly.GetName()]);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (name.Name is null || !available.TryGetValue(name.Name, out var path) || Path.GetDirectoryName(path) == runtime || !paths.Add(path)) continue;
            foreach (var dependency in Assembly.LoadFrom(path).GetReferencedAssemblies()) pending.Push(dependency);
        }
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
    }
}
