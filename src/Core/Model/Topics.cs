namespace NorPreM.Core.Model;

// Unsupervised topics found at ingest (LDA over the indexed pages), persisted beside the index as topics.json
// (see Knowledge/TopicStore) and shown by the web app next to the fixed theme taxonomy.

/// <summary>
/// The topics found over the indexed units of one corpus, or, when none could be found, the Norwegian reason why
/// (<see cref="Note"/>). Written by ingest, read by the hosts.
/// </summary>
public sealed record TopicSet
{
    /// <summary>Bumped whenever the shape below or the way topics are found changes; a mismatch recomputes them.</summary>
    public const int CurrentFormatVersion = 1;

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>How the topics were found (algorithm and settings), for readers of the file.</summary>
    public string Method { get; init; } = "";

    /// <summary>Ids of the corpus documents the topics were found in, sorted: a different set means they are stale.</summary>
    public IReadOnlyList<string> DocumentIds { get; init; } = [];

    /// <summary>Number of units (pages) the topics were found in.</summary>
    public int UnitCount { get; init; }

    /// <summary>Number of distinct words the model saw, after stop words and the document-frequency limits.</summary>
    public int Vocabulary { get; init; }

    /// <summary>Words left out because they occur in too large a share of the units ("rådet", "sak").</summary>
    public IReadOnlyList<string> CommonWords { get; init; } = [];

    /// <summary>True when at least one unit carried taxonomy themes, so the comparison with the taxonomy means something.</summary>
    public bool ThemesAvailable { get; init; }

    public IReadOnlyList<TopicRecord> Topics { get; init; } = [];

    /// <summary>Why there are no topics (Norwegian, for users), e.g. too few pages; null when topics were found.</summary>
    public string? Note { get; init; }
}

/// <summary>One unsupervised topic: its most probable words, its most representative units and their taxonomy themes.</summary>
public sealed record TopicRecord
{
    /// <summary>1-based number of the topic in its set.</summary>
    public required int Number { get; init; }

    /// <summary>The topic's most probable words, most probable first.</summary>
    public required IReadOnlyList<TopicWord> Words { get; init; }

    /// <summary>The units in which the topic weighs most, heaviest first.</summary>
    public IReadOnlyList<TopicUnit> Units { get; init; } = [];

    /// <summary>Taxonomy themes carried by the representative units, most frequent first.</summary>
    public IReadOnlyList<TopicThemeOverlap> Themes { get; init; } = [];

    /// <summary>Share (0..1) of the representative units that carry at least one taxonomy theme.</summary>
    public double ThemeCoverage { get; init; }

    /// <summary>Share (0..1) of the representative units that carry the topic's most frequent theme (the first of <see cref="Themes"/>).</summary>
    public double SharedThemeShare { get; init; }

    /// <summary>
    /// True when no taxonomy theme is carried by most of the representative units (none at all, or each a different
    /// one): the topic may be a subject the taxonomy misses. Always false when no unit had themes
    /// (<see cref="TopicSet.ThemesAvailable"/>), since then the comparison says nothing.
    /// </summary>
    public bool PossiblyOutsideTaxonomy { get; init; }
}

/// <summary>A word of a topic with its weight in the topic.</summary>
public sealed record TopicWord(string Word, double Weight);

/// <summary>A unit (page) representative of a topic, with enough to link to it and the themes it carries.</summary>
public sealed record TopicUnit
{
    public required string UnitId { get; init; }
    public required string DocumentId { get; init; }
    public required string Title { get; init; }
    public required string DocumentTitle { get; init; }
    /// <summary>First page of the unit (1-based).</summary>
    public required int Page { get; init; }
    public string? CaseNumber { get; init; }
    public string? Council { get; init; }
    /// <summary>Share (0..1) of the unit's words the model assigns to the topic.</summary>
    public required double Weight { get; init; }
    /// <summary>Ids of the taxonomy themes the classifier gave the unit.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];
}

/// <summary>A taxonomy theme and how many of a topic's representative units carry it.</summary>
public sealed record TopicThemeOverlap(string ThemeId, int Units);
