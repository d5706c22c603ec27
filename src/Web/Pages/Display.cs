using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using NorPreM.Core.Model;
using NorPreM.Web.Querying;
using NorPreM.Web.Knowledge;

namespace NorPreM.Web.Pages;

/// <summary>Formatting shared by the pages: Norwegian dates, facet names, kinds of hits.</summary>
public static class Display
{
    /// <summary>HTML encoder that keeps æ, ø, å and « » readable; markup-significant characters are still encoded.</summary>
    public static readonly System.Text.Encodings.Web.HtmlEncoder Html =
        System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    public static string Date(DateOnly? date) =>
        date is { } d ? d.ToString("d. MMMM yyyy", Norwegian) : "";

    /// <summary>
    /// A date the sources do not give, shown as unknown with the interval it must lie in, never as a date:
    /// «dato ukjent (2022)», «dato ukjent (mellom 31. mars og 31. desember 2022)», «dato ukjent (trolig 30. mars 2022)».
    /// </summary>
    public static string DateEstimate(DateEstimate estimate)
    {
        var (from, to) = (estimate.Earliest, estimate.Latest);
        if (from == to)
        {
            return $"dato ukjent (trolig {Date(from)})";
        }

        if (from == new DateOnly(from.Year, 1, 1) && to == new DateOnly(from.Year, 12, 31))
        {
            return $"dato ukjent ({from.Year.ToString(CultureInfo.InvariantCulture)})";
        }

        var start = from.Year == to.Year ? from.ToString("d. MMMM", Norwegian) : Date(from);
        return $"dato ukjent (mellom {start} og {Date(to)})";
    }

    /// <summary>Why an unknown date is shown with an interval (the tooltip of every «dato ukjent (…)»).</summary>
    public const string EstimateExplanation =
        "Kildene oppgir ingen dato. Intervallet er anslått ut fra rådets daterte møter og avgjør plassen ved sortering etter dato.";

    /// <summary>
    /// A meeting's date as markup: &lt;time&gt; for a date the sources give, the estimate as «dato ukjent (…)» (never a
    /// &lt;time&gt;), else <paramref name="unknown"/>. Text is encoded when written.
    /// </summary>
    public static IHtmlContent DateMarkup(MeetingDate date, string unknown = "")
    {
        if (date.Date is { } d)
        {
            var time = new TagBuilder("time");
            time.Attributes["datetime"] = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            time.InnerHtml.Append(Date(d));
            return time;
        }

        if (date.Estimate is { } estimate)
        {
            var span = new TagBuilder("span");
            span.AddCssClass("date-estimate");
            span.Attributes["title"] = EstimateExplanation;
            span.InnerHtml.Append(DateEstimate(estimate));
            return span;
        }

        return new HtmlContentBuilder().Append(unknown);
    }

    /// <summary>A meeting's date as text: the date, «dato ukjent (…)», or <paramref name="unknown"/>.</summary>
    public static string DateText(MeetingDate date, string unknown = "") =>
        date.Date is { } d ? Date(d) : date.Estimate is { } e ? DateEstimate(e) : unknown;

    public static string Number(double value, string format = "0.##") => value.ToString(format, Norwegian);

    /// <summary>A count with the noun in the number it takes in bokmål: "1 sak", "0 saker", "21 saker".</summary>
    public static string Count(int count, string singular, string plural) =>
        count.ToString(Norwegian) + " " + (count == 1 ? singular : plural);

    /// <summary>
    /// The link text for the hits folded under the one shown: "+ 1 treff til" (not "+ 1 flere treff"), "+ 7 flere treff".
    /// </summary>
    public static string MoreHits(int count) =>
        count == 1 ? "+ 1 treff til" : $"+ {count.ToString(Norwegian)} flere treff";

    public static string FacetName(string field) => field switch
    {
        "council" => "Råd",
        "year" => "År",
        "meeting" => "Møte",
        "documentType" => "Dokumenttype",
        "caseType" => "Sakstype",
        "theme" => "Tema",
        "kind" => "Type treff",
        _ => field,
    };

    /// <summary>The facet value's label; when the search layer gave only the raw value, a known display name.</summary>
    public static string FacetLabel(string field, FacetValue value)
    {
        if (value.Label != value.Value)
        {
            return value.Label;
        }

        return field switch
        {
            "council" => Councils.DisplayName(value.Value),
            "documentType" => DocumentTypes.DisplayName(value.Value),
            "theme" => ThemeCatalog.Label(value.Value),
            "kind" when Enum.TryParse<UnitKind>(value.Value, ignoreCase: true, out var kind) => Kind(kind),
            _ => value.Label,
        };
    }

    public static string Kind(UnitKind kind) => kind switch
    {
        UnitKind.Page => "Side",
        UnitKind.Case => "Sak",
        UnitKind.Decision => "Vedtak",
        UnitKind.Proposal => "Forslag til vedtak",
        UnitKind.Meeting => "Møte",
        UnitKind.Section => "Avsnitt",
        _ => kind.ToString(),
    };

    public static string Pages(IReadOnlyList<int> pages) =>
        pages.Count switch
        {
            0 => "",
            1 => $"s. {pages[0]}",
            _ when pages[^1] - pages[0] == pages.Count - 1 => $"s. {pages[0]}–{pages[^1]}",
            _ => "s. " + string.Join(", ", pages),
        };

    /// <summary>Where a hit's title leads: the case, the meeting, or the document at the hit's page.</summary>
    public static string HitUrl(SearchHit hit) => hit switch
    {
        { Kind: UnitKind.Case or UnitKind.Decision or UnitKind.Proposal, CaseNumber: { } number } => Querying.SearchLinks.CaseUrl(number),
        { Kind: UnitKind.Meeting, Council: { } council, Meeting: { } meeting } => Querying.SearchLinks.MeetingUrl(council, meeting),
        _ => Querying.SearchLinks.DocumentUrl(hit.DocumentId, hit.Page),
    };
}
