using System.Globalization;
using Microsoft.Extensions.Options;
using NorPreM.Core.Model;
using NorPreM.Search.Querying;

namespace NorPreM.Web.Querying;

/// <summary>The outcome of binding a query string: a request, or the Norwegian messages saying what was wrong.</summary>
public sealed record BoundSearch(SearchRequest Request, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>
    /// True when there is something to search for: a filter, or a query with a word, phrase or filter in it. A query of
    /// only quotes, punctuation or empty filter prefixes ("\"", "sak:", "råd:") counts as no query at all.
    /// </summary>
    public bool HasCriteria => !Request.Filters.IsEmpty || HasSearchableContent(Request.Query);

    /// <summary>True when something was typed but nothing in it can be searched for ("...!!?", "😀", "\"\""): the user is told so.</summary>
    public bool HasNoWords => !string.IsNullOrWhiteSpace(Request.Query) && !HasCriteria;

    private static bool HasSearchableContent(string query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return false;
        }

        var parsed = UserQueryParser.Parse(query);
        return parsed.Filters.Count > 0 || parsed.Clauses.Any(c => c.Text.Any(char.IsLetterOrDigit));
    }
}

/// <summary>
/// The one binder from URL query to <see cref="SearchRequest"/>, used by the search page, the decisions page and
/// <c>/api/search</c>, so a search URL means the same thing everywhere and can be bookmarked or shared.
/// Parameters: <c>q</c>, <c>scope</c> (<c>all</c>|<c>decisions</c>), <c>sort</c> (<c>relevance</c>|<c>newest</c>),
/// <c>page</c>, <c>size</c>, <c>vedtak=true</c> (same as <c>scope=decisions</c>), and one parameter per filter, named by
/// <see cref="SearchFilters.NameOf"/> (e.g. <c>council=ho21&amp;year=2022</c>), bound into the typed <see cref="SearchFilters"/>.
/// </summary>
public sealed class SearchQueryBinder(IOptions<WebOptions> options)
{
    private const int MaxFilterValueLength = 100;

    private readonly WebOptions limits = options.Value;

    public int DefaultPageSize => 10;

    public BoundSearch Bind(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);

        var q = (query["q"].ToString() ?? "").Trim();
        if (q.Length > limits.MaxQueryLength)
        {
            errors["q"] = [$"Søket er for langt: {q.Length} tegn. Bruk høyst {limits.MaxQueryLength} tegn."];
            q = q[..limits.MaxQueryLength];
        }

        if (Hosting.SearchCost.Words(q) is var words && words > limits.MaxQueryTerms)
        {
            // Every word is expanded (stems, parts, folded forms, spelling, fuzzy): the count bounds a query's cost.
            errors["q"] = [$"Søket har for mange ord: {words}. Bruk høyst {limits.MaxQueryTerms} ord."];
        }

        if (q.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
        {
            errors["q"] = ["Søket inneholder kontrolltegn som ikke kan brukes."];
            q = new string(q.Where(c => !char.IsControl(c)).ToArray());
        }

        var scope = SearchScope.All;
        var scopeText = query["scope"].ToString();
        if (scopeText.Length > 0)
        {
            switch (scopeText.ToLowerInvariant())
            {
                case "all" or "alle":
                    break;
                case "decisions" or "vedtak":
                    scope = SearchScope.Decisions;
                    break;
                default:
                    errors["scope"] = ["Ukjent søkeområde. Bruk «all» eller «decisions»."];
                    break;
            }
        }

        // "vedtak=true" (the «Bare vedtak» switch written out) means the same as scope=decisions.
        if (query["vedtak"].ToString().ToLowerInvariant() is "true" or "1" or "on" or "ja")
        {
            scope = SearchScope.Decisions;
        }

        var sort = SearchSort.Relevance;
        var sortText = query["sort"].ToString();
        if (sortText.Length > 0)
        {
            switch (sortText.ToLowerInvariant())
            {
                case "relevance" or "relevans":
                    break;
                case "newest" or "nyeste" or "date" or "dato":
                    sort = SearchSort.Newest;
                    break;
                default:
                    errors["sort"] = ["Ukjent sortering. Bruk «relevance» eller «newest»."];
                    break;
            }
        }

        var page = ParsePositive(query, "page", 1, errors, "Sidenummeret må være et helt tall fra 1 og oppover.");
        var size = ParsePositive(query, "size", DefaultPageSize, errors, "Antall treff per side må være et helt tall fra 1 og oppover.");
        if (size > limits.MaxPageSize)
        {
            errors["size"] = [$"For mange treff per side: {size}. Bruk høyst {limits.MaxPageSize}."];
            size = limits.MaxPageSize;
        }

        if ((long)page * size > limits.MaxResultWindow)
        {
            errors["page"] = [$"Siden ligger for langt ut i trefflisten. Du kan bla gjennom de første {limits.MaxResultWindow} treffene; avgrens søket for å se flere."];
            page = Math.Max(1, limits.MaxResultWindow / size);
        }

        var filters = SearchFilters.None;
        var filterCount = 0;
        foreach (var field in SearchFilters.Fields)
        {
            var name = SearchFilters.NameOf(field);
            var key = query.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            if (key is null)
            {
                continue;
            }

            var values = query[key]
                .Select(v => (v ?? "").Trim())
                .Where(v => v.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (values.Any(v => v.Length > MaxFilterValueLength || v.Any(char.IsControl)))
            {
                errors[name] = [$"Ugyldig filterverdi for «{name}»."];
                continue;
            }

            filterCount += values.Count;
            filters = filters.With(field, values);
        }

        if (filterCount > limits.MaxFilters)
        {
            errors["filters"] = [$"For mange filtre: {filterCount}. Bruk høyst {limits.MaxFilters}."];
        }

        var request = new SearchRequest
        {
            Query = q,
            Filters = filters,
            Scope = scope,
            Sort = sort,
            Page = page,
            PageSize = size,
            // Within one case every hit is wanted, not one per case.
            Collapse = filters[FilterField.CaseNumber].Count == 0,
        };
        return new BoundSearch(request, errors);
    }

    private static int ParsePositive(IQueryCollection query, string key, int fallback, Dictionary<string, string[]> errors, string message)
    {
        var text = query[key].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1)
        {
            return value;
        }

        errors[key] = [message];
        return fallback;
    }
}
