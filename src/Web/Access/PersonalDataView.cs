using NorPreM.Core.Model;
using NorPreM.Core.Privacy;

namespace NorPreM.Web.Access;

/// <summary>
/// Search answers as an anonymous user may read them: identity numbers, telephone numbers and e-mail addresses in
/// titles and snippets masked (<see cref="PersonalData"/>). Staff read them as written.
/// </summary>
public static class PersonalDataView
{
    /// <summary>The response with personal data masked, unless <paramref name="staff"/>.</summary>
    public static SearchResponse Of(SearchResponse response, bool staff) =>
        staff ? response : response with { Hits = response.Hits.Select(Of).ToList() };

    /// <summary>One hit with personal data masked.</summary>
    public static SearchHit Of(SearchHit hit) => hit with
    {
        Title = PersonalData.Mask(hit.Title),
        Document = PersonalData.Mask(hit.Document),
        Snippet = PersonalData.Mask(hit.Snippet),
    };
}
