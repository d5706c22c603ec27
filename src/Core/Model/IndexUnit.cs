namespace NorPreM.Core.Model;

/// <summary>What kind of retrievable unit an index entry stands for.</summary>
public enum UnitKind
{
    /// <summary>One page of a PDF (body text, headers and footers removed).</summary>
    Page,
    /// <summary>A whole case (saksframlegg or a case in minutes).</summary>
    Case,
    /// <summary>An adopted decision ("Vedtak") from minutes.</summary>
    Decision,
    /// <summary>A proposed decision ("Forslag til vedtak") from a case paper.</summary>
    Proposal,
    /// <summary>A meeting (from its minutes).</summary>
    Meeting,
    /// <summary>A titled section of a case paper, mandate or other part.</summary>
    Section,
}

/// <summary>
/// One retrievable unit handed from ingest to the index: a page, a case, a decision, a meeting or a section.
/// The write side turns it into a Lucene document; nothing outside Search sees that document.
/// Optional fields are init-only so later stages can add facts without breaking callers.
/// </summary>
public sealed record IndexUnit
{
    /// <summary>Stable id, unique in the index (e.g. "{documentId}:p3", "case:28/3/2022").</summary>
    public required string Id { get; init; }
    /// <summary>True when the unit comes from a restricted paper: searchable by staff only.</summary>
    public bool Restricted { get; init; }
    public required UnitKind Kind { get; init; }
    /// <summary>Id of the source PDF: a prefix of its content SHA-256, stable across runs.</summary>
    public required string DocumentId { get; init; }
    /// <summary>File name of the source PDF inside the corpus folder.</summary>
    public required string FileName { get; init; }
    /// <summary>Title of the whole PDF.</summary>
    public required string DocumentTitle { get; init; }
    /// <summary>Title of this unit (page: the part's title; case: the case title).</summary>
    public required string Title { get; init; }
    /// <summary>1-based page numbers the unit spans, first page first.</summary>
    public required IReadOnlyList<int> Pages { get; init; }
    /// <summary>Searchable body text (after OCR repair).</summary>
    public required string Text { get; init; }

    /// <summary>Council id (see <see cref="Councils"/>), when known.</summary>
    public string? Council { get; init; }
    /// <summary>Meeting in normal form "3/2022", when known.</summary>
    public string? Meeting { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>Case number in normal form "28/3/2022" (see CaseNumber in Structure), when the unit is or belongs to a case.</summary>
    public string? CaseNumber { get; init; }
    /// <summary>Case types such as "Vedtakssak", "Diskusjonssak".</summary>
    public IReadOnlyList<string> CaseTypes { get; init; } = [];
    /// <summary>Document type id (see <see cref="DocumentTypes"/>).</summary>
    public string? DocumentType { get; init; }
    /// <summary>Name of the section, for Section units ("Bakgrunn").</summary>
    public string? Section { get; init; }
    /// <summary>Themes assigned by the classifier.</summary>
    public IReadOnlyList<ThemeScore> Themes { get; init; } = [];
    /// <summary>OCR repairs inside <see cref="Text"/>; the original forms are indexed at the same positions.</summary>
    public IReadOnlyList<TextRepair> Repairs { get; init; } = [];
}

/// <summary>One OCR repair: the characters [Offset, Offset+Length) of the repaired text replaced <see cref="Before"/>.</summary>
/// <param name="Offset">Start of the repaired word in the repaired text.</param>
/// <param name="Length">Length of the repaired word in the repaired text.</param>
/// <param name="Before">The damaged form as the text layer had it.</param>
/// <param name="After">The repaired form.</param>
/// <param name="Confidence">0..1, how sure the corrector is.</param>
public sealed record TextRepair(int Offset, int Length, string Before, string After, double Confidence);

/// <summary>A theme assigned to a text, with the words that drove it.</summary>
public sealed record ThemeScore(string Id, double Score, IReadOnlyList<string> Evidence);
