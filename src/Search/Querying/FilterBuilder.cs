using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NorPreM.Search.Analysis;
using NorPreM.Search.Indexing;
using NorPreM.Core.Model;

namespace NorPreM.Search.Querying;

/// <summary>
/// Filters from the query text ("råd:ho21 år:2022 type:referat sak:28/3/22") and from
/// <see cref="SearchRequest.Filters"/>, resolved to index field → accepted values (internal to the search layer). Values are OR-ed within a field,
/// fields AND-ed. Display names are accepted as well as ids ("råd:HelseOmsorg21-rådet", "type:Referat").
/// </summary>
public static class FilterBuilder
{
    /// <summary>The index field each filter reads: the one place a filter name meets a Lucene field.</summary>
    internal static string IndexField(FilterField field) => field switch
    {
        FilterField.Council => IndexSchema.Council,
        FilterField.Year => IndexSchema.Year,
        FilterField.Meeting => IndexSchema.Meeting,
        FilterField.DocumentType => IndexSchema.DocumentType,
        FilterField.CaseType => IndexSchema.CaseType,
        FilterField.Theme => IndexSchema.Theme,
        FilterField.Kind => IndexSchema.Kind,
        FilterField.CaseNumber => IndexSchema.CaseNumber,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>The filter a facet's index field belongs to, for the name a <see cref="FacetResult"/> carries.</summary>
    internal static FilterField FilterOf(string indexField) =>
        SearchFilters.Fields.First(f => IndexField(f) == indexField);

    /// <summary>Unit kinds by Norwegian (and English) name, for "type:vedtak".</summary>
    private static readonly Dictionary<string, UnitKind> KindNames = new(StringComparer.Ordinal)
    {
        ["vedtak"] = UnitKind.Decision, ["decision"] = UnitKind.Decision,
        ["forslag"] = UnitKind.Proposal, ["forslagtilvedtak"] = UnitKind.Proposal, ["proposal"] = UnitKind.Proposal,
        ["side"] = UnitKind.Page, ["page"] = UnitKind.Page,
        ["motet"] = UnitKind.Meeting, ["meeting"] = UnitKind.Meeting,
        ["avsnitt"] = UnitKind.Section, ["section"] = UnitKind.Section,
    };

    /// <summary>Index field → accepted values.</summary>
    public static Dictionary<string, HashSet<string>> Resolve(ParsedQuery parsed, SearchRequest request)
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Add(string field, string value)
        {
            if (!result.TryGetValue(field, out var set))
            {
                result[field] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(value);
        }

        foreach (var (filter, values) in request.Filters.Selected)
        {
            var field = IndexField(filter);
            foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
            {
                Add(field, filter switch
                {
                    FilterField.Council => ResolveCouncil(value),
                    FilterField.CaseNumber => ResolveCase(value),
                    FilterField.Meeting => ResolveMeeting(value),
                    // The same spellings as in the query ("type:Referat", "tema:Helsedata"): ids, display names, any case.
                    FilterField.DocumentType => ResolveDocumentType(value),
                    FilterField.Kind => ResolveKind(value),
                    FilterField.Theme => value.Trim().ToLowerInvariant(),
                    _ => value.Trim(),
                });
            }
        }

        foreach (var filter in parsed.Filters)
        {
            switch (filter.Field)
            {
                case "council":
                    Add(IndexSchema.Council, ResolveCouncil(filter.Value));
                    break;
                case "year":
                    Add(IndexSchema.Year, filter.Value.Trim());
                    break;
                case "case":
                    Add(IndexSchema.CaseNumber, ResolveCase(filter.Value));
                    break;
                case "meeting":
                    Add(IndexSchema.Meeting, ResolveMeeting(filter.Value));
                    break;
                case "theme":
                    Add(IndexSchema.Theme, filter.Value.Trim().ToLowerInvariant());
                    break;
                case "type":
                    var (field, value) = ResolveType(filter.Value);
                    Add(field, value);
                    break;
            }
        }

        if (request.Scope == SearchScope.Decisions)
        {
            // Intersected with any kind filter the user set.
            var decisionKinds = new[] { UnitKind.Decision.ToString(), UnitKind.Proposal.ToString() };
            if (result.TryGetValue(IndexSchema.Kind, out var kinds))
            {
                kinds.IntersectWith(decisionKinds);
                if (kinds.Count == 0)
                {
                    kinds.Add("-none-");
                }
            }
            else
            {
                result[IndexSchema.Kind] = new HashSet<string>(decisionKinds, StringComparer.Ordinal);
            }
        }

        AccessFilter.Apply(result, request);
        return result;
    }

    /// <summary>A filter query over every field except <paramref name="exceptField"/>, or null when none applies.</summary>
    public static Query? Build(IReadOnlyDictionary<string, HashSet<string>> filters, string? exceptField = null)
    {
        var all = new BooleanQuery();
        foreach (var (field, values) in filters)
        {
            if (field == exceptField || values.Count == 0)
            {
                continue;
            }

            var any = new BooleanQuery();
            // "råd:norprem-rad" covers the regional councils too.
            foreach (var value in field == IndexSchema.Council ? values.SelectMany(Councils.Family).Distinct(StringComparer.Ordinal) : values)
            {
                // "sak:28": a case number without meeting and year means every case numbered 28/….
                any.Add(field == IndexSchema.CaseNumber && IsCaseOrdinal(value)
                    ? new PrefixQuery(new Term(field, value.TrimStart('0') + "/"))
                    : new TermQuery(new Term(field, value)), Occur.SHOULD);
            }

            all.Add(any, Occur.MUST);
        }

        return all.Clauses.Count > 0 ? all : null;
    }

    /// <summary>
    /// <paramref name="content"/> restricted by the filters (every field but <paramref name="exceptField"/>); the filter
    /// adds nothing to the score.
    /// </summary>
    public static Query Apply(Query content, IReadOnlyDictionary<string, HashSet<string>> filters, string? exceptField = null)
    {
        if (Build(filters, exceptField) is not { } filter)
        {
            return content;
        }

        var query = new BooleanQuery { { content, Occur.MUST } };
        query.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);
        return query;
    }

    private static string Key(string s) => NorwegianFolding.Fold(AcronymDictionary.NormalizeName(s).Replace(" ", "", StringComparison.Ordinal));

    /// <summary>Council id from an id, a display name or a common short form ("HO21", "HelseOmsorg21-rådet", "fagdirektørmøtet").</summary>
    public static string ResolveCouncil(string value)
    {
        var key = Key(value);
        foreach (var (id, name) in Councils.Names)
        {
            if (key == Key(id) || key == Key(name))
            {
                return id;
            }
        }

        foreach (var (id, name) in Councils.Names)
        {
            var nameKey = Key(name);
            if (key.Length >= 3 && (nameKey.StartsWith(key, StringComparison.Ordinal) || key.StartsWith(Key(id), StringComparison.Ordinal)))
            {
                return id;
            }
        }

        return value.Trim().ToLowerInvariant();
    }

    /// <summary>
    /// Case number in normal form from what a user writes after "sak:": "28/3/2022", "28-3-22", or a number by year only
    /// ("12/23" → "12/2023"; the filter says it is a case, so a two-digit year is taken as one).
    /// </summary>
    public static string ResolveCase(string value) =>
        CaseNumber.TryParse("sak " + value.Trim(), out var number) ? number.Value.ToString() : CaseNumbers.Normalize(value) ?? value.Trim();

    private static bool IsCaseOrdinal(string value) =>
        value.Length is >= 1 and <= 3 && value.All(char.IsAsciiDigit) && value.TrimStart('0').Length > 0;

    /// <summary>Meeting in normal form "3/2022" from "3/2022", "3-2022", "3/22".</summary>
    public static string ResolveMeeting(string value) => MeetingKeys.Normalise(value) ?? value.Trim();

    /// <summary>Document type id from an id or a display name in any case ("Referat", "referat", "Brev/innspill").</summary>
    public static string ResolveDocumentType(string value)
    {
        var key = Key(value);
        foreach (var (id, name) in DocumentTypes.Names)
        {
            if (key == Key(id) || key == Key(name))
            {
                return id;
            }
        }

        return value.Trim().ToLowerInvariant();
    }

    /// <summary>Unit kind as indexed ("Decision") from its name in any case or its Norwegian name ("vedtak").</summary>
    public static string ResolveKind(string value) =>
        !value.Trim().All(char.IsAsciiDigit) && Enum.TryParse<UnitKind>(value.Trim(), ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind.ToString()
        : KindNames.TryGetValue(Key(value), out var named) ? named.ToString()
        : value.Trim();

    private static (string Field, string Value) ResolveType(string value)
    {
        var key = Key(value);
        foreach (var (id, name) in DocumentTypes.Names)
        {
            if (key == Key(id) || key == Key(name))
            {
                return (IndexSchema.DocumentType, id);
            }
        }

        if (KindNames.TryGetValue(key, out var kind))
        {
            return (IndexSchema.Kind, kind.ToString());
        }

        return (IndexSchema.DocumentType, value.Trim().ToLowerInvariant());
    }
}
