namespace NorPreM.Cli;

/// <summary>
/// The evaluation data beside the repository: <c>../shared/data</c> (NorQuAD, read from there and never copied into
/// the project) and the repository's own <c>eval/</c> folder, found from the working directory or one of its parents.
/// </summary>
public static class SharedData
{
    /// <summary>The repository root (the folder with NorPreM.sln) at or above the working directory, or null.</summary>
    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NorPreM.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>The NorQuAD folder (passages.jsonl, questions.jsonl) in ../shared/data beside the repository, or null.</summary>
    public static string? NorQuad() =>
        RepositoryRoot() is { } root && Path.Combine(root, "..", "shared", "data", "norquad") is var folder && Directory.Exists(folder)
            ? Path.GetFullPath(folder)
            : null;

    /// <summary>The repository's eval/ folder, or null.</summary>
    public static string? Eval() =>
        RepositoryRoot() is { } root && Directory.Exists(Path.Combine(root, "eval")) ? Path.Combine(root, "eval") : null;
}
