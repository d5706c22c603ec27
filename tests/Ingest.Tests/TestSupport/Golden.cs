using System.Text.Json;
using NorPreM.Ingest.Pipeline;
using NorPreM.Core.Serialization;

namespace NorPreM.Ingest.Tests.TestSupport;

/// <summary>Golden-file comparison: serialises the actual value, normalises line endings and trailing spaces, and
/// compares with the committed file. UPDATE_GOLDEN=1 rewrites the file instead.</summary>
public static class Golden
{
    public static void Verify<T>(T actual, string relativePath)
    {
        var path = Repo.Path2(relativePath.Split('/'));
        var json = Normalise(JsonSerializer.Serialize(actual, JsonDefaults.Indented));
        if (Repo.UpdateGolden)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, json);
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {relativePath} is missing; run the tests with UPDATE_GOLDEN=1 to create it.");
        var expected = Normalise(File.ReadAllText(path));
        if (expected != json)
        {
            var e = expected.Split('\n');
            var a = json.Split('\n');
            var first = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
            Assert.Fail($"{relativePath} differs at line {first + 1}:\n expected: {(first < e.Length ? e[first] : "<end>")}\n actual:   {(first < a.Length ? a[first] : "<end>")}");
        }
    }

    private static string Normalise(string text) =>
        string.Join("\n", text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd())).Trim() + "\n";
}
