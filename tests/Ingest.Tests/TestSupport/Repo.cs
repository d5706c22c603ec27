namespace NorPreM.Ingest.Tests.TestSupport;

/// <summary>Paths inside the repository, found by walking up from the test binaries to NorPreM.sln.</summary>
public static class Repo
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NorPreM.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("NorPreM.sln not found above the test binaries.");
    });

    public static string Root => RootPath.Value;

    public static string Corpus => Path.Combine(Root, "corpus");

    public const string Ho21Bundle = "ho21-mote-2022-03-saksdokumenter.pdf";
    public const string NorPreMMandate = "norprem-revidert-mandat-2024.pdf";

    public static byte[] CorpusPdf(string fileName) => File.ReadAllBytes(Path.Combine(Corpus, fileName));

    public static string Path2(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>True when golden files should be rewritten instead of compared (UPDATE_GOLDEN=1).</summary>
    public static bool UpdateGolden => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";
}
