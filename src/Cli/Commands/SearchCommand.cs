using System.Text.Json;
using NorPreM.Ingest.Pipeline;
using NorPreM.Search;
using NorPreM.Core.Model;
using NorPreM.Core.Serialization;

namespace NorPreM.Cli.Commands;

/// <summary>`search "&lt;query&gt;" [--json] [--index dir] [--scope decisions] [--size n]`: searches the index.</summary>
public sealed class SearchCommand : ICliCommand
{
    public string Name => "search";
    public string Usage => "search \"<spørring>\" [--json] [--index dir] [--scope all|decisions] [--sort relevance|newest] [--size n] [--page n]";
    public string Summary => "Søker i indeksen; --json skriver de samme postene som API-et.";

    public int Run(CliArguments args, CliContext context)
    {
        var query = args.Positional(0) ?? throw new CliUsageException("Mangler søketekst.");
        var index = IndexLocation.Index(args);
        if (!Directory.Exists(index))
        {
            context.Error.WriteLine($"Finner ingen indeks i «{index}». Kjør «ingest» først.");
            return 1;
        }

        var request = new SearchRequest
        {
            Query = query,
            Scope = args.Option("scope") is "decisions" or "vedtak" ? SearchScope.Decisions : SearchScope.All,
            Sort = args.Option("sort") is "newest" or "date" ? SearchSort.Newest : SearchSort.Relevance,
            PageSize = Math.Clamp(args.IntOption("size", 10), 1, 100),
            Page = Math.Max(1, args.IntOption("page", 1)),
        };
        SearchIndexReader searchIndex;
        try
        {
            // A reader only: no write lock, and an index of another version is reported, never cleared.
            searchIndex = SearchIndex.OpenReader(index);
        }
        catch (IndexOpenException e)
        {
            context.Error.WriteLine(e.Message);
            return 1;
        }

        using var opened = searchIndex;
        var response = searchIndex.Searcher.Search(request);
        if (args.Flag("json"))
        {
            context.Out.WriteLine(JsonSerializer.Serialize(response, JsonDefaults.Indented));
            return 0;
        }

        context.Out.WriteLine($"{response.TotalHits} treff for «{response.Query}»{(response.DidYouMean is { } d ? $" (mente du «{d}»?)" : "")}");
        foreach (var hit in response.Hits)
        {
            context.Out.WriteLine($"{hit.Score,7:0.00}  {hit.Title}");
            context.Out.WriteLine($"         {hit.Document} s. {hit.Page}{(hit.CaseNumber is { } c ? $"  sak {c}" : "")}");
            context.Out.WriteLine($"         {PlainText(hit.Snippet)}");
        }

        return 0;
    }

    /// <summary>The snippet without its HTML marks, for the terminal.</summary>
    private static string PlainText(string html) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", ""));
}
