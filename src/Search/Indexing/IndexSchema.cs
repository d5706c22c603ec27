using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using NorPreM.Search.Analysis;

namespace NorPreM.Search.Indexing;

/// <summary>
/// The shape of a Lucene document in the NorPreM index: field names, which chain analyses each, and the schema
/// version recorded in the commit user data. Change anything here → bump <see cref="Version"/>; an index with
/// another version (or another <see cref="NorPreMAnalyzer.Name"/>) is cleared and rebuilt by the host.
/// </summary>
public static class IndexSchema
{
    /// <summary>Schema version of documents written by this build.</summary>
    public const int Version = 4;

    /// <summary>Commit user-data keys.</summary>
    public const string SchemaKey = "norprem.schema";
    public const string AnalyzerKey = "norprem.analyzer";
    public const string AcronymsKey = "norprem.acronyms";

    // Identity and display (stored).
    public const string Id = "id";
    public const string Kind = "kind";
    public const string DocumentId = "documentId";
    public const string FileName = "fileName";
    public const string DocumentTitle = "documentTitle";
    public const string Pages = "pages";
    public const string Repairs = "repairs";
    public const string Date = "date";
    public const string Section = "section";

    // Searchable text.
    /// <summary>Unit title (exact+stem).</summary>
    public const string Title = "title";
    /// <summary>Unit title, folded.</summary>
    public const string TitleFolded = "title_folded";
    /// <summary>Title of the whole PDF (exact+stem), weighted low: every page of a bundle shares it.</summary>
    public const string DocTitle = "doctitle";
    /// <summary>Body text (exact+stem); also stored for snippets.</summary>
    public const string Text = "text";
    /// <summary>Body text as written, no stems or parts (<see cref="AnalysisMode.Exact"/>): what quoted phrases search.</summary>
    public const string Exact = "exact";
    /// <summary>Unit title as written, for quoted phrases.</summary>
    public const string TitleExact = "title_exact";
    /// <summary>Compound parts of the body text.</summary>
    public const string Parts = "parts";
    /// <summary>Body text and parts with æøå folded.</summary>
    public const string Folded = "folded";
    /// <summary>Surface words of title and text: vocabulary for spelling and autocomplete.</summary>
    public const string Spell = "spell";
    /// <summary>Lower-cased unit title, untokenized, for title autocomplete.</summary>
    public const string TitleKey = "titleKey";

    // Facets and filters (indexed untokenized + DocValues).
    public const string Council = "council";
    public const string Meeting = "meeting";
    public const string Year = "year";
    public const string DocumentType = "documentType";
    public const string CaseType = "caseType";
    public const string Theme = "theme";
    public const string CaseNumber = "caseNumber";
    /// <summary>"public" or "restricted" on every unit: anonymous searches filter on "public" (see <c>AccessFilter</c>).</summary>
    public const string Access = "access";
    public const string AccessPublic = "public";
    public const string AccessRestricted = "restricted";

    /// <summary>DocValues key used to fold hits of one case or document together (values from <see cref="GroupKey"/>).</summary>
    public const string Group = "group";

    /// <summary>
    /// The fold group of a unit: its case ("case:28/3/2022") when it belongs to one, else its document ("doc:{id}").
    /// Written by the mapper and read back by more-like-this, so the two never disagree.
    /// </summary>
    public static string GroupKey(string? caseNumber, string? documentId) =>
        caseNumber is { Length: > 0 } ? "case:" + caseNumber : "doc:" + documentId;
    /// <summary>Numeric DocValues yyyymmdd for newest-first order.</summary>
    public const string DateSort = "dateSort";

    /// <summary>Facet fields in display order.</summary>
    public static readonly IReadOnlyList<string> FacetFields = [Council, Year, Meeting, DocumentType, CaseType, Kind, Theme];

    /// <summary>The analyzer each text field is indexed with.</summary>
    public static AnalysisMode IndexModeOf(string field) => field switch
    {
        Parts => AnalysisMode.Parts,
        Folded or TitleFolded => AnalysisMode.Folded,
        Spell => AnalysisMode.Spell,
        _ => AnalysisMode.Text,
    };
}

/// <summary>
/// One set of analyzer instances. Lucene analyzers reuse their token streams per thread, so a stream built
/// up front (for OCR-repair injection) must come from an instance the writer does not use at the same time.
/// </summary>
public sealed class AnalyzerSet
{
    public NorPreMAnalyzer Text { get; }
    public NorPreMAnalyzer Parts { get; }
    public NorPreMAnalyzer Folded { get; }
    public NorPreMAnalyzer Spell { get; }
    public NorPreMAnalyzer Exact { get; }

    /// <summary>Per-field analyzer for the index writer.</summary>
    public Analyzer PerField { get; }

    /// <summary>The decompounder behind the parts chains.</summary>
    public Decompounder Decompounder { get; }

    public AnalyzerSet(Decompounder decompounder)
    {
        Decompounder = decompounder;
        Text = new NorPreMAnalyzer(AnalysisMode.Text, decompounder);
        Parts = new NorPreMAnalyzer(AnalysisMode.Parts, decompounder);
        Folded = new NorPreMAnalyzer(AnalysisMode.Folded, decompounder);
        Spell = new NorPreMAnalyzer(AnalysisMode.Spell, decompounder);
        Exact = new NorPreMAnalyzer(AnalysisMode.Exact, decompounder);
        PerField = new PerFieldAnalyzerWrapper(Text, new Dictionary<string, Analyzer>
        {
            [IndexSchema.Parts] = Parts,
            [IndexSchema.Folded] = Folded,
            [IndexSchema.TitleFolded] = Folded,
            [IndexSchema.Spell] = Spell,
            [IndexSchema.Exact] = Exact,
            [IndexSchema.TitleExact] = Exact,
        });
    }

    /// <summary>The index-time analyzer of a mode.</summary>
    public NorPreMAnalyzer For(AnalysisMode mode) => mode switch
    {
        AnalysisMode.Parts => Parts,
        AnalysisMode.Folded => Folded,
        AnalysisMode.Spell => Spell,
        AnalysisMode.Exact => Exact,
        _ => Text,
    };
}
