using System.Globalization;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NorPreM.Search.Analysis;
using NorPreM.Search.Indexing;
using NorPreM.Core.Lexicon;
using NorPreM.Core.Model;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace NorPreM.Search.Querying;

/// <summary>
/// Reads a hit back from the stored fields of its Lucene document: identity, pages, council, meeting, date, types and
/// themes, and the snippet around the highlighted terms (<see cref="SnippetBuilder"/>, OCR repairs shown).
/// </summary>
internal sealed class HitReader(SnippetBuilder snippets)
{
    public SearchHit Read(LuceneDocument doc, float score, int folded, IReadOnlyDictionary<string, HashSet<string>> highlight)
    {
        var text = doc.Get(IndexSchema.Text) ?? "";
        var repairs = doc.Get(IndexSchema.Repairs) is { } json ? JsonSerializer.Deserialize<List<TextRepair>>(json) ?? [] : [];
        var pages = (doc.Get(IndexSchema.Pages) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        return new SearchHit
        {
            Id = doc.Get(IndexSchema.Id) ?? "",
            Kind = Enum.TryParse<UnitKind>(doc.Get(IndexSchema.Kind), out var kind) ? kind : UnitKind.Page,
            Document = doc.Get(IndexSchema.FileName) ?? "",
            DocumentId = doc.Get(IndexSchema.DocumentId) ?? "",
            Title = doc.Get(IndexSchema.Title) ?? "",
            Page = pages.Count > 0 ? pages[0] : 1,
            Pages = pages,
            CaseNumber = doc.Get(IndexSchema.CaseNumber),
            Council = doc.Get(IndexSchema.Council),
            Meeting = doc.Get(IndexSchema.Meeting),
            Date = DateOnly.TryParseExact(doc.Get(IndexSchema.Date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
            DocumentType = doc.Get(IndexSchema.DocumentType),
            CaseTypes = doc.GetValues(IndexSchema.CaseType),
            Themes = doc.GetValues(IndexSchema.Theme),
            Snippet = snippets.Build(text, repairs, highlight),
            Score = Math.Round(score, 4),
            CollapsedHits = folded,
        };
    }

    /// <summary>The fold group of a stored unit, as <see cref="IndexSchema.GroupKey"/> wrote it.</summary>
    public static string GroupOf(LuceneDocument doc) => IndexSchema.GroupKey(doc.Get(IndexSchema.CaseNumber), doc.Get(IndexSchema.DocumentId));
}
