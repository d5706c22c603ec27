using System.Text.Json;
using NorPreM.Core.Model;

namespace NorPreM.Search.Tests;

/// <summary>
/// The corpus pages (eval/search/passages.jsonl: pdftotext for the born-digital bundle, Tesseract for the scanned
/// mandate) turned into Page units with the facts the structure parser yields for them (from corpus/README.md).
/// One in-memory index is shared by the tests of a class.
/// </summary>
public sealed class CorpusFixture : IDisposable
{
    public const string Bundle = "ho21-mote-2022-03-saksdokumenter.pdf";
    public const string Mandate = "norprem-revidert-mandat-2024.pdf";

    public SearchIndex Index { get; }
    public IReadOnlyList<IndexUnit> Units { get; }

    public CorpusFixture()
    {
        Units = LoadUnits();
        Index = SearchIndex.InMemory();
        foreach (var group in Units.GroupBy(u => u.DocumentId))
        {
            Index.Writer.ReplaceDocument(group.Key, group.ToList());
        }

        Index.Writer.Commit();
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(Environment.GetEnvironmentVariable("NORPREM_REPO") ?? AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NorPreM.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root (NorPreM.sln) not found.");
    }

    /// <summary>Case number of each bundle page (case papers and their attachments).</summary>
    private static string? CaseOf(int page) => page switch
    {
        1 => "24/3/2022",
        2 => "25/3/2022",
        <= 7 => "26/3/2022",
        <= 16 => "27/3/2022",
        <= 18 => "28/3/2022",
        <= 26 => "29/3/2022",
        <= 31 => "30/3/2022",
        <= 33 => "31/3/2022",
        34 => "32/3/2022",
        _ => "33/3/2022",
    };

    private static string TypeOf(int page) => page switch
    {
        >= 4 and <= 7 => DocumentTypes.Minutes,
        >= 10 and <= 12 => DocumentTypes.ActionPlan,
        >= 13 and <= 16 => DocumentTypes.CommunicationPlan,
        >= 21 and <= 26 => DocumentTypes.Note,
        >= 28 and <= 31 => DocumentTypes.Letter,
        _ => DocumentTypes.CasePaper,
    };

    public static IReadOnlyList<IndexUnit> LoadUnits()
    {
        var path = Path.Combine(RepoRoot(), "eval", "search", "passages.jsonl");
        var units = new List<IndexUnit>();
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var id = json.RootElement.GetProperty("id").GetString()!;
            var text = json.RootElement.GetProperty("text").GetString()!;
            var hash = id.IndexOf('#');
            var file = id[..hash];
            var page = int.Parse(id[(hash + 1)..]);
            var bundle = file == Bundle;
            units.Add(new IndexUnit
            {
                Id = id,
                Kind = UnitKind.Page,
                DocumentId = bundle ? "ho21b" : "norprm",
                FileName = file,
                DocumentTitle = bundle ? "HelseOmsorg21-rådet – saksdokumenter møte 3/2022" : "Revidert mandat – Nasjonalt kompetansenettverk for persontilpasset medisin (NorPreM)",
                Title = bundle ? $"Sak {CaseOf(page)}" : "Revidert mandat",
                Pages = [page],
                Text = text,
                Council = bundle ? Councils.HelseOmsorg21 : Councils.NorPreM,
                Meeting = bundle ? "3/2022" : null,
                Date = bundle ? new DateOnly(2022, 6, 3) : new DateOnly(2024, 3, 18),
                CaseNumber = bundle ? CaseOf(page) : null,
                DocumentType = bundle ? TypeOf(page) : DocumentTypes.Mandate,
                CaseTypes = bundle && text.Contains("Vedtakssak") ? ["Vedtakssak"] : bundle && text.Contains("Diskusjonssak") ? ["Diskusjonssak"] : [],
            });
        }

        return units;
    }

    public SearchResponse Search(string query, bool collapse = false, SearchScope scope = SearchScope.All,
        SearchFilters? filters = null) =>
        Index.Searcher.Search(new SearchRequest
        {
            Query = query,
            Collapse = collapse,
            Scope = scope,
            PageSize = 50,
            Filters = filters ?? SearchFilters.None,
        });

    public void Dispose() => Index.Dispose();
}
