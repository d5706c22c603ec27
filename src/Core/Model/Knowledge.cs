namespace NorPreM.Core.Model;

// The knowledge base: structured records built at ingest from every PDF, persisted next to the index
// (see Knowledge/KnowledgeStore) and read by the web app and the `export` command.
// Optional facts are nullable: a field the parser was not certain of is absent, never invented.

/// <summary>Everything the product knows about the corpus.</summary>
public sealed record KnowledgeBase
{
    /// <summary>Bumped whenever the shape below changes; a mismatch makes the host re-ingest.</summary>
    public const int CurrentFormatVersion = 4;

    public int FormatVersion { get; init; } = CurrentFormatVersion;
    public IReadOnlyList<DocumentRecord> Documents { get; init; } = [];
    public IReadOnlyList<MeetingRecord> Meetings { get; init; } = [];
    public IReadOnlyList<CaseRecord> Cases { get; init; } = [];
    public IReadOnlyList<MandateRecord> Mandates { get; init; } = [];
    public IReadOnlyList<PersonRecord> People { get; init; } = [];
    public IReadOnlyList<OrganisationRecord> Organisations { get; init; } = [];
    /// <summary>
    /// Every body (council, board, committee, annual meeting) the documents belong to, known or recognised from the
    /// documents themselves, with the names it is printed under; a known council keeps its id ("ho21").
    /// </summary>
    public IReadOnlyList<BodyRecord> Bodies { get; init; } = [];
}

/// <summary>
/// A body whose papers the corpus holds: a known council ("ho21") or one recognised from its papers ("Styret i Helse
/// Sør-Øst RHF" → "styret-helse-sor-ost-rhf"). The id is the stable address (/rad/{id}); the name is as printed.
/// </summary>
public sealed record BodyRecord(string Id, string Name, IReadOnlyList<string> Aliases);

/// <summary>
/// Where a structured field stands in its document: the 1-based page and the character range in that page's text
/// (<see cref="PageRecord.Text"/>), so a page can show and link the source of a decision, a date or a title.
/// </summary>
public sealed record SourceSpan(int Page, int Start, int Length);

/// <summary>One PDF of the corpus with its pages and the parts it was split into.</summary>
public sealed record DocumentRecord
{
    public required string Id { get; init; }
    public required string FileName { get; init; }
    public required string Title { get; init; }
    public string? Council { get; init; }
    /// <summary>The body's name as the document prints it ("Styret i Helse Sør-Øst RHF"), when the document names one.</summary>
    public string? CouncilName { get; init; }
    /// <summary>Where the title was read (the first page's heading), when it came from the pages rather than the metadata or file name.</summary>
    public SourceSpan? TitleAt { get; init; }
    /// <summary>Document type of the whole file (a bundle is "saksdokumenter").</summary>
    public string? DocumentType { get; init; }
    public DateOnly? Date { get; init; }
    public required int PageCount { get; init; }
    public IReadOnlyList<PageRecord> Pages { get; init; } = [];
    public IReadOnlyList<DocumentPart> Parts { get; init; } = [];
    public IReadOnlyList<OutlineItem> Outline { get; init; } = [];
    /// <summary>Problems met while reading the file (Norwegian, for users).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
    /// <summary>Set when the archive restricted the paper (sidecar or folder rule); null for a public paper.</summary>
    public DocumentAccess? Restriction { get; init; }
    /// <summary>
    /// The exemption stamp seen on the first page («Unntatt offentlighet», «offl. §»), shown to staff as a suggestion
    /// to restrict the paper; never applied by itself, since a stamp may be outdated or quoted.
    /// </summary>
    public string? SuggestedRestriction { get; init; }

    /// <summary>True when anonymous users must not see the paper.</summary>
    public bool Restricted => Restriction is not null;
}

/// <summary>An outline (bookmark) entry of the PDF.</summary>
public sealed record OutlineItem(string Title, int? Page, int Level);

/// <summary>One page's text with its OCR provenance.</summary>
public sealed record PageRecord
{
    public required int Number { get; init; }
    /// <summary>Body text after repair (headers, footers and page numbers removed).</summary>
    public required string Text { get; init; }
    /// <summary>Body text as the PDF's text layer had it, when it differs from <see cref="Text"/>.</summary>
    public string? OriginalText { get; init; }
    /// <summary>Header/footer lines and page numbers recognised on the page.</summary>
    public IReadOnlyList<string> Furniture { get; init; } = [];
    /// <summary>0 (clean) .. 1 (unreadable) damage score of the original text layer.</summary>
    public double DamageScore { get; init; }
    public bool Damaged { get; init; }
    /// <summary>"text-layer", "ocr" (re-OCR'd with Tesseract) or "none".</summary>
    public string TextSource { get; init; } = "text-layer";
    public IReadOnlyList<TextRepair> Repairs { get; init; } = [];
    /// <summary>Taxonomy themes set by the themes stage; null until it has run.</summary>
    public IReadOnlyList<ThemeScore>? Themes { get; init; }
}

/// <summary>A part of a bundle: one case paper or attachment, with its page range.</summary>
public sealed record DocumentPart
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string DocumentType { get; init; }
    public required int FirstPage { get; init; }
    public required int LastPage { get; init; }
    /// <summary>Case the part belongs to (the case paper itself, or the case an attachment is for).</summary>
    public string? CaseNumber { get; init; }
    /// <summary>"Vedlegg 1" etc. for attachments.</summary>
    public string? AttachmentLabel { get; init; }
    /// <summary>Where the part boundary came from: "outline", "heading".</summary>
    public string Source { get; init; } = "outline";
}

/// <summary>A person as seen in attendee lists, working groups or case papers.</summary>
public sealed record PersonRecord(string Name, string? Affiliation, IReadOnlyList<string> Roles);

/// <summary>An organisation, with the acronym the texts use for it.</summary>
public sealed record OrganisationRecord(string Name, string? Acronym);

/// <summary>A named section of a case paper or mandate.</summary>
public sealed record SectionRecord(string Heading, string Text, int? Page)
{
    /// <summary>Taxonomy themes set by the themes stage; null until it has run.</summary>
    public IReadOnlyList<ThemeScore>? Themes { get; init; }
}

/// <summary>A meeting attendee.</summary>
/// <param name="Remark">Remarks written in parentheses: "leder", "digitalt", "til stede t.o.m. dialogmøtet".</param>
public sealed record Attendee(string Name, string? Affiliation, string? Remark)
{
    /// <summary>Job title written after the name ("seniorrådgiver"), when the list gives one instead of an affiliation.</summary>
    public string? Role { get; init; }
}

/// <summary>An attachment listed under "Vedlegg", linked to its part when it is in the bundle.</summary>
public sealed record AttachmentRef(string Title, string? PartId, int? FirstPage);

/// <summary>A case, merged from its case paper (proposal) and the minutes that decided it.</summary>
public sealed record CaseRecord
{
    /// <summary>Normal form "28/3/2022".</summary>
    public required string Number { get; init; }
    /// <summary>The number as printed when it differs from <see cref="Number"/> beyond form (a misprint such as "14/2/21" in the minutes of meeting 2/2022).</summary>
    public string? NumberAsPrinted { get; init; }
    /// <summary>
    /// The item's number as its heading prints it, with its series word: "PS 41/23", "Styresak 045/23", "Sak 28/3/2022",
    /// "Sak 1", "5.", "13.1.3"; null for an unnumbered case paper.
    /// </summary>
    public string? Label { get; init; }
    /// <summary>How the number is built (see <see cref="CaseNumberSchemes"/>): by meeting, by year, by its place in the meeting, by outline, or none.</summary>
    public string? NumberScheme { get; init; }
    public required string Title { get; init; }
    /// <summary>Where the case's heading stands.</summary>
    public SourceSpan? TitleAt { get; init; }
    public string? Council { get; init; }
    /// <summary>Meeting in normal form "3/2022".</summary>
    public string? Meeting { get; init; }
    public DateOnly? MeetingDate { get; init; }
    public IReadOnlyList<string> CaseTypes { get; init; } = [];
    public string? To { get; init; }
    public string? From { get; init; }
    /// <summary>
    /// The paper's reference in the health authority's case archive, as written ("22/01234", "2022/1234-3"), from
    /// "Arkivsak", "Arkivsaksnr.", "Vår ref." or a "Saksnr." that is no council case number; see <see cref="Model.ArchiveReference"/>.
    /// </summary>
    public string? ArchiveReference { get; init; }
    public IReadOnlyList<string> CaseOfficers { get; init; } = [];
    public IReadOnlyList<AttachmentRef> Attachments { get; init; } = [];
    /// <summary>Earlier handlings in normal form ("Tidligere behandlet", "Viser til Sak …").</summary>
    public IReadOnlyList<string> PreviouslyHandled { get; init; } = [];
    /// <summary>Later handlings: cases that refer back to this one.</summary>
    public IReadOnlyList<string> LaterHandled { get; init; } = [];
    public IReadOnlyList<SectionRecord> Sections { get; init; } = [];
    /// <summary>"Forslag til vedtak" from the case paper.</summary>
    public string? ProposedDecision { get; init; }
    /// <summary>How the proposal is labelled: "Forslag til vedtak", "Innstilling", "Administrerende direktørs forslag til vedtak" …, as printed.</summary>
    public string? ProposalLabel { get; init; }
    /// <summary>Where the proposal starts.</summary>
    public SourceSpan? ProposalAt { get; init; }
    /// <summary>"Vedtak" from the minutes.</summary>
    public string? Decision { get; init; }
    /// <summary>How the decision is written (see <see cref="DecisionKinds"/>): a labelled block, a vote, an approval, a noting.</summary>
    public string? DecisionKind { get; init; }
    /// <summary>Where the decision starts.</summary>
    public SourceSpan? DecisionAt { get; init; }
    /// <summary>Vote counts as written ("Vedtatt med 7 mot 2 stemmer", "Enstemmig vedtatt").</summary>
    public string? Vote { get; init; }
    /// <summary>Protocol entries ("Protokolltilførsel fra …: …"), as written.</summary>
    public IReadOnlyList<string> ProtocolEntries { get; init; } = [];
    /// <summary>Discussion text from the minutes.</summary>
    public string? Discussion { get; init; }
    /// <summary>Document and pages of the case paper.</summary>
    public string? DocumentId { get; init; }
    public IReadOnlyList<int> Pages { get; init; } = [];
    /// <summary>Document and pages of the minutes entry holding the decision.</summary>
    public string? MinutesDocumentId { get; init; }
    public IReadOnlyList<int> MinutesPages { get; init; } = [];
    /// <summary>Document and pages of the agenda (innkalling, saksliste) that lists the case.</summary>
    public string? AgendaDocumentId { get; init; }
    public IReadOnlyList<int> AgendaPages { get; init; } = [];
    public IReadOnlyList<ThemeScore> Themes { get; init; } = [];
}

/// <summary>A meeting of a council, from its minutes (and from case papers for meetings whose minutes are absent).</summary>
public sealed record MeetingRecord
{
    public required string Council { get; init; }
    /// <summary>Normal form "2/2022".</summary>
    public required string Number { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>Where the meeting date was read.</summary>
    public SourceSpan? DateAt { get; init; }
    /// <summary>The last day of a meeting over several days ("12.–13. juni 2023").</summary>
    public DateOnly? EndDate { get; init; }
    /// <summary>Number of voting members present as the minutes state it ("Stemmeberettigede: 43", "Det er 38 stemmeberettigede til stede").</summary>
    public int? VotingMembers { get; init; }
    /// <summary>Who led the meeting ("Møteleder: …"), when the minutes say.</summary>
    public string? Chair { get; init; }
    /// <summary>Who wrote the minutes ("Referent: …"), when the minutes say.</summary>
    public string? Recorder { get; init; }
    /// <summary>Date and time as written ("Onsdag 30. mars 2022, kl. 10.00 – 16.00").</summary>
    public string? DateText { get; init; }
    public string? StartTime { get; init; }
    public string? EndTime { get; init; }
    public string? Place { get; init; }
    public IReadOnlyList<Attendee> Present { get; init; } = [];
    public IReadOnlyList<Attendee> Absent { get; init; } = [];
    public IReadOnlyList<Attendee> Observers { get; init; } = [];
    public IReadOnlyList<Attendee> Secretariat { get; init; } = [];
    public IReadOnlyList<string> CaseNumbers { get; init; } = [];
    /// <summary>Items outside the case series: referatsaker ("RS 3/24 Brev fra …"), orienteringssaker of their own series, "Eventuelt".</summary>
    public IReadOnlyList<MeetingItem> Items { get; init; } = [];
    public string? MinutesDocumentId { get; init; }
    public IReadOnlyList<int> MinutesPages { get; init; } = [];
    /// <summary>Document and pages of the meeting's agenda (innkalling, saksliste), when the corpus has it.</summary>
    public string? AgendaDocumentId { get; init; }
    public IReadOnlyList<int> AgendaPages { get; init; } = [];
    /// <summary>Taxonomy themes set by the themes stage; null until it has run.</summary>
    public IReadOnlyList<ThemeScore>? Themes { get; init; }
}

/// <summary>
/// An item a meeting received or heard outside its case series: a referatsak ("RS 3/24 Brev fra Helse- og
/// omsorgsdepartementet"), an item of another numbered series ("OS 2/24"), or an unnumbered "Eventuelt". Letters and
/// reports are often only "referred" to a council this way; the item tells which meeting received them.
/// </summary>
public sealed record MeetingItem
{
    /// <summary>The series as printed: "RS" (referatsak), "OS", …, or "Eventuelt" for the unnumbered item.</summary>
    public required string Series { get; init; }
    /// <summary>Number in normal form ("3/2024", or "12/3/2024"); null for an unnumbered item.</summary>
    public string? Number { get; init; }
    public required string Title { get; init; }
    /// <summary>What the minutes say under the item (list of letters, remarks, what was noted).</summary>
    public string? Text { get; init; }
    public IReadOnlyList<int> Pages { get; init; } = [];

    /// <summary>The item's heading: "RS 3/2024 Brev fra …", or the title alone for an unnumbered item ("Eventuelt").</summary>
    public string Heading => Number is null ? Title : $"{Series} {Number} {Title}";
    /// <summary>Taxonomy themes set by the themes stage; null until it has run.</summary>
    public IReadOnlyList<ThemeScore>? Themes { get; init; }
}

/// <summary>How a case number is built: the schemes Norwegian councils, boards and committees number their items by.</summary>
public static class CaseNumberSchemes
{
    /// <summary>Case N of meeting M in year Y: "Sak 28/3/2022".</summary>
    public const string ByMeeting = "meeting";
    /// <summary>Case N of the year: "Styresak 45-2023", "PS 12/23", "KST-sak 006/19".</summary>
    public const string ByYear = "year";
    /// <summary>The item's place in its meeting: "Sak 5", "5.", "5)".</summary>
    public const string InMeeting = "sequence";
    /// <summary>A place in a numbered outline: "13.1.3".</summary>
    public const string Outline = "outline";
    /// <summary>No number: a case paper titled by its meeting.</summary>
    public const string None = "none";
}

/// <summary>How a decision is written in minutes and protocols.</summary>
public static class DecisionKinds
{
    /// <summary>A labelled block: "Vedtak:", "Styrets vedtak:", "Rådets vedtak", "Kommunestyrets vedtak:".</summary>
    public const string Labelled = "vedtak";
    /// <summary>A conclusion or resolution label: "Konklusjon:", "Beslutning:".</summary>
    public const string Conclusion = "konklusjon";
    /// <summary>The outcome of a vote: "Enstemmig vedtatt", "Vedtatt med 7 mot 2 stemmer", "Innstillingen ble vedtatt", "Forslaget vedtas".</summary>
    public const string Vote = "votering";
    /// <summary>An approval: "Godkjent", "… godkjennes".</summary>
    public const string Approval = "godkjent";
    /// <summary>Noted: "Tas til orientering".</summary>
    public const string Noted = "orientering";
    /// <summary>A sentence in which the body decides: "Rådet vedtok …".</summary>
    public const string Sentence = "setning";
    /// <summary>An advisory body's statement: "Rådets uttalelse:", "Eldrerådets uttale:", "Uttalelse:".</summary>
    public const string Statement = "uttalelse";
}

/// <summary>A numbered point of a mandate section.</summary>
public sealed record MandatePoint(string Label, string Text);

/// <summary>A section of a mandate with its numbered or bulleted points.</summary>
public sealed record MandateSection(string Heading, string Text, IReadOnlyList<MandatePoint> Points, int? Page)
{
    /// <summary>Taxonomy themes set by the themes stage; null until it has run.</summary>
    public IReadOnlyList<ThemeScore>? Themes { get; init; }
}

/// <summary>A reporting line stated by a mandate: who reports to / is approved by whom.</summary>
public sealed record ReportingLine(string From, string Relation, string To, string Evidence);

/// <summary>A mandate (Mandat) with its approval and reporting lines.</summary>
public sealed record MandateRecord
{
    public required string DocumentId { get; init; }
    public required string Title { get; init; }
    public string? Council { get; init; }
    /// <summary>The approval sentence as written.</summary>
    public string? Approval { get; init; }
    public string? ApprovedBy { get; init; }
    /// <summary>Council id (see <see cref="Councils"/>) of the approving body, when <see cref="ApprovedBy"/> names one.</summary>
    public string? ApprovedByCouncil { get; init; }
    public DateOnly? ApprovedOn { get; init; }
    public string Body { get; init; } = "";
    public IReadOnlyList<MandateSection> Sections { get; init; } = [];
    public IReadOnlyList<ReportingLine> ReportingLines { get; init; } = [];
    /// <summary>Footnotes, numbered as printed ("1 Oppdragsdokument til de regionale helseforetakene 2017").</summary>
    public IReadOnlyList<string> Footnotes { get; init; } = [];
    /// <summary>1-based pages of the mandate.</summary>
    public IReadOnlyList<int> Pages { get; init; } = [];
}
