using System.Globalization;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using NorPreM.Search.Analysis;
using NorPreM.Core.Model;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace NorPreM.Search.Indexing;

/// <summary>
/// Turns an <see cref="IndexUnit"/> into a Lucene document (see <see cref="IndexSchema"/>). Text fields get pre-built
/// token streams from one pass over each text (<see cref="OnePassAnalysis"/>); a unit that carries OCR repairs gets the
/// damaged forms injected (<see cref="RepairTokenFilter"/>).
/// </summary>
public sealed class UnitDocumentMapper
{
    private readonly OnePassAnalysis _analysis;

    /// <param name="analysis">Cuts each text once for every field that indexes it (the writer's analyzers only meet
    /// fields this mapper does not pre-analyse).</param>
    public UnitDocumentMapper(OnePassAnalysis analysis) => _analysis = analysis;

    public LuceneDocument Map(IndexUnit unit)
    {
        var doc = new LuceneDocument
        {
            new StringField(IndexSchema.Id, unit.Id, Field.Store.YES),
            new StringField(IndexSchema.DocumentId, unit.DocumentId, Field.Store.YES),
            new StringField(IndexSchema.Access, unit.Restricted ? IndexSchema.AccessRestricted : IndexSchema.AccessPublic, Field.Store.YES),
            new StoredField(IndexSchema.FileName, unit.FileName),
            new StoredField(IndexSchema.DocumentTitle, unit.DocumentTitle),
        };

        // Each text is cut into words once; the fields get their chains' terms from the one pass (see OnePassAnalysis).
        var title = _analysis.Analyze(unit.Title);
        var text = _analysis.Analyze(unit.Text);
        doc.Add(new TextField(IndexSchema.DocTitle, _analysis.Analyze(unit.DocumentTitle).Stream(AnalysisMode.Text)));
        doc.Add(new StoredField(IndexSchema.Title, unit.Title));
        doc.Add(new TextField(IndexSchema.Title, title.Stream(AnalysisMode.Text)));
        doc.Add(new TextField(IndexSchema.TitleFolded, title.Stream(AnalysisMode.Folded)));
        doc.Add(new TextField(IndexSchema.TitleExact, title.Stream(AnalysisMode.Exact)));
        doc.Add(new StringField(IndexSchema.TitleKey, unit.Title.Trim().ToLowerInvariant(), Field.Store.NO));
        doc.Add(new StoredField(IndexSchema.Pages, string.Join(',', unit.Pages)));
        doc.Add(new TextField(IndexSchema.Spell, AnalyzedText.Joined(AnalysisMode.Spell, title, text)));

        AddFacet(doc, IndexSchema.Kind, unit.Kind.ToString(), store: true);
        var group = IndexSchema.GroupKey(unit.CaseNumber, unit.DocumentId);
        doc.Add(new SortedDocValuesField(IndexSchema.Group, new BytesRef(group)));

        AddText(doc, unit, text);

        if (unit.Council is { Length: > 0 })
        {
            AddFacet(doc, IndexSchema.Council, unit.Council, store: true);
        }

        if (unit.Meeting is { Length: > 0 })
        {
            AddFacet(doc, IndexSchema.Meeting, unit.Meeting, store: true);
        }

        if (YearOf(unit) is { } year)
        {
            AddFacet(doc, IndexSchema.Year, year.ToString(CultureInfo.InvariantCulture), store: false);
        }

        if (unit.DocumentType is { Length: > 0 })
        {
            AddFacet(doc, IndexSchema.DocumentType, unit.DocumentType, store: true);
        }

        foreach (var caseType in unit.CaseTypes.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal))
        {
            AddFacet(doc, IndexSchema.CaseType, caseType, store: true);
        }

        foreach (var theme in unit.Themes.Select(t => t.Id).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal))
        {
            AddFacet(doc, IndexSchema.Theme, theme, store: true);
        }

        if (unit.CaseNumber is { Length: > 0 })
        {
            var number = CaseNumbers.Normalize(unit.CaseNumber) ?? unit.CaseNumber;
            doc.Add(new StringField(IndexSchema.CaseNumber, number, Field.Store.YES));
            if (CaseNumber.Plain(number) is var plain && plain != number)
            {
                // "10/2023 (NorPreM-råd)" is also found by sak:10/2023 and "sak 10/23".
                doc.Add(new StringField(IndexSchema.CaseNumber, plain, Field.Store.NO));
            }
        }

        if (unit.Section is { Length: > 0 })
        {
            doc.Add(new StoredField(IndexSchema.Section, unit.Section));
        }

        if (unit.Date is { } date)
        {
            doc.Add(new StoredField(IndexSchema.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        doc.Add(new NumericDocValuesField(IndexSchema.DateSort, SortKey(unit)));

        if (unit.Repairs.Count > 0)
        {
            doc.Add(new StoredField(IndexSchema.Repairs, JsonSerializer.Serialize(unit.Repairs)));
        }

        return doc;
    }

    private void AddText(LuceneDocument doc, IndexUnit unit, AnalyzedText text)
    {
        var repairs = unit.Repairs
            .Where(r => r.Offset >= 0 && r.Length > 0 && r.Offset + r.Length <= unit.Text.Length && r.Before.Length > 0)
            .ToList();
        doc.Add(new StoredField(IndexSchema.Text, unit.Text));
        var damaged = repairs.Select(r => _analysis.Analyze(r.Before)).ToList();
        foreach (var (field, mode) in new[] { (IndexSchema.Text, AnalysisMode.Text), (IndexSchema.Parts, AnalysisMode.Parts), (IndexSchema.Folded, AnalysisMode.Folded), (IndexSchema.Exact, AnalysisMode.Exact) })
        {
            var stream = text.Stream(mode);
            if (repairs.Count > 0)
            {
                // The damaged form is analysed like a word of the text (for the parts field: with the text chain,
                // since a damaged compound has no parts).
                var termMode = mode == AnalysisMode.Parts ? AnalysisMode.Text : mode;
                var spans = repairs
                    .Select((r, i) => new RepairSpan(r.Offset, r.Offset + r.Length, damaged[i].Terms(termMode)))
                    .Where(s => s.Terms.Count > 0)
                    .ToList();
                stream = new RepairTokenFilter(stream, spans);
            }

            doc.Add(new TextField(field, stream));
        }
    }

    private static void AddFacet(LuceneDocument doc, string field, string value, bool store)
    {
        doc.Add(new StringField(field, value, store ? Field.Store.YES : Field.Store.NO));
        doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    /// <summary>The unit's year: its date, else its meeting ("3/2022"), else its case number.</summary>
    public static int? YearOf(IndexUnit unit)
    {
        if (unit.Date is { } date)
        {
            return date.Year;
        }

        foreach (var s in new[] { unit.Meeting, unit.CaseNumber is { } n ? CaseNumber.Plain(n) : null })
        {
            var slash = s?.LastIndexOf('/') ?? -1;
            if (slash >= 0 && int.TryParse(s![(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                return y < 100 ? 2000 + y : y;
            }
        }

        return null;
    }

    private static long SortKey(IndexUnit unit) =>
        unit.Date is { } d ? d.Year * 10000L + d.Month * 100 + d.Day : (YearOf(unit) ?? 0) * 10000L;
}
