namespace NorPreM.Cli;

/// <summary>Where the CLI finds the corpus and the index: the defaults the web app uses too.</summary>
public static class IndexLocation
{
    /// <summary>Default index folder, relative to the working directory.</summary>
    public const string DefaultIndex = "data/index";

    /// <summary>Default corpus folder, relative to the working directory.</summary>
    public const string DefaultCorpus = "corpus";

    public static string Index(CliArguments args) => Path.GetFullPath(args.Option("index") ?? DefaultIndex);
}
