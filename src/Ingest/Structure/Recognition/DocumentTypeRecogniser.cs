using System.Text.RegularExpressions;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.Recognition;

/// <summary>
/// Recognises the document type (ids from <see cref="DocumentTypes"/>) of a document or bundle part from its title and
/// opening line. Council secretariats name their papers by type ("Saksframlegg", "Referat", "Mandat",
/// "Handlingsplan"), so a keyword in the title or first line is the strongest signal; the opening line wins over the
/// title because a bookmark or cover title may name the case rather than the paper.
/// </summary>
public static partial class DocumentTypeRecogniser
{
    // Ordered: the first rule that matches decides. More specific words come before general ones
    // ("kommunikasjonsplan" before "plan", "referat" before "innspill": "Utkast referat fra møte" is minutes).
    private static readonly (Regex Pattern, string Type)[] Rules =
    [
        (new Regex(@"^\s*saksframlegg\b|\bsaksfremlegg\b|\bsaksframlegg\b|^\s*styresak\s*(?:nr\.?\s*)?(?:\d{1,3}\s*[/\-]\s*\d{2,4})?\s*$", RegexOptions.IgnoreCase), DocumentTypes.CasePaper),
        (new Regex(@"\bsaksdokument(er|ene)?\b|\bmøtedokument(er|ene)\b|\bsakspapirer\b", RegexOptions.IgnoreCase), DocumentTypes.Bundle),
        // A protocol (møteprotokoll, møtebok) is minutes as municipalities, boards and annual meetings keep them.
        (new Regex(@"^\s*\p{L}*protokoll\b|\bmøteprotokoll\b|\bmøtebok\b|^\s*protokoll\s+(?:fra|frå|for)\b|\bprotokoll\s*$", RegexOptions.IgnoreCase), DocumentTypes.Protocol),
        // A meeting note ("Møtenotat") records a meeting as minutes do.
        (new Regex(@"\breferat\b|\bprotokoll\b|\bmøtereferat\b|\bmøtenotat\b", RegexOptions.IgnoreCase), DocumentTypes.Minutes),
        (new Regex(@"\bmandat\b", RegexOptions.IgnoreCase), DocumentTypes.Mandate),
        (new Regex(@"kommunikasjonsplan", RegexOptions.IgnoreCase), DocumentTypes.CommunicationPlan),
        (new Regex(@"handlingsplan|\bhandlingsprogram|\barbeidsplan\b|\bårsplan\b", RegexOptions.IgnoreCase), DocumentTypes.ActionPlan),
        (new Regex(@"\bsaks?liste\b|\b(?:møte|styre|styremøte)?innkalling\b|\bdagsorden\b", RegexOptions.IgnoreCase), DocumentTypes.Agenda),
        (new Regex(@"\binnspill\b|\binnspel\b|\bhøringssvar\b|\bhøyringssvar\b|\bhøringsinnspill\b|\bhøyringsinnspel\b|\bhøringsuttalelse\b|\bhøyringsfråsegn\b|\bbrev\b", RegexOptions.IgnoreCase), DocumentTypes.Letter),
        (new Regex(@"\bsamarbeidsavtale\b|\bintensjonsavtale\b|\bavtale\s+(?:om|mellom)\b|^\s*avtale\b", RegexOptions.IgnoreCase), DocumentTypes.Agreement),
        (new Regex(@"\brapport\b|\butredning\b|\butgreiing\b|\bårsrapport\b|\bsluttrapport\b|\bårsmelding\b|^\s*evaluering\s+av\b", RegexOptions.IgnoreCase), DocumentTypes.Report),
        (new Regex(@"\bnotat\b|\boppsummering\b|\bmemo\b", RegexOptions.IgnoreCase), DocumentTypes.Note),
        (new Regex(@"^\s*strategi\b|\bstrategiplan\b|\bstrategi\s+\d{4}", RegexOptions.IgnoreCase), DocumentTypes.Strategy),
        // An unnumbered case paper titled by its meeting: "Orienteringssak til møte i arbeidsgruppen …".
        (new Regex(@"^\s*(?:Orienterings|Drøftings|Diskusjons|Vedtaks|Beslutnings)sak\s+(?:til|for)\b", RegexOptions.IgnoreCase), DocumentTypes.CasePaper),
    ];

    /// <summary>The type named by the first line of a part, or else by its title; null when neither names one.</summary>
    public static string? Recognise(string? title, string? firstLine)
    {
        if (!string.IsNullOrWhiteSpace(firstLine) && FirstLineRegex().Match(firstLine) is { Success: true } m)
        {
            return FromKeyword(m.Value);
        }

        return FromText(title);
    }

    /// <summary>The type named anywhere in a short text (a title), by the ordered keyword rules.</summary>
    public static string? FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var (pattern, type) in Rules)
        {
            if (pattern.IsMatch(text))
            {
                return type;
            }
        }

        return null;
    }

    private static string? FromKeyword(string keyword) => FromText(keyword);

    /// <summary>
    /// Whether a paper whose words name no kind is a letter by its form: the letterhead's references ("Vår ref." with
    /// "Deres ref." or "Vår dato"/"Deres dato") on the first page, and a closing greeting ("Med hilsen", "Med vennlig
    /// hilsen", "Med helsing") on the first or last page.
    /// </summary>
    public static bool IsLetterForm(string firstPage, string lastPage) =>
        OurReferenceRegex().IsMatch(firstPage) && TheirReferenceRegex().IsMatch(firstPage)
        && (GreetingRegex().IsMatch(firstPage) || GreetingRegex().IsMatch(lastPage));

    [GeneratedRegex(@"\bVår\s+(?:ref|referanse|dato)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OurReferenceRegex();

    [GeneratedRegex(@"\b(?:Dykkar|Deres)\s+(?:ref|referanse|dato)\b|\bVår\s+dato\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheirReferenceRegex();

    [GeneratedRegex(@"^\s*(?:Med\s+(?:vennlig\s+)?hilsen|Vennlig\s+hilsen|Med\s+(?:venleg\s+)?helsing|Venleg\s+helsing|Beste\s+hilsen)\b", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GreetingRegex();

    // A first line that is itself a document-type label: "Saksframlegg", "Referat Møte 2/2022", "Mandat for …".
    [GeneratedRegex(@"^\s*(Saksframlegg|Saksfremlegg|Referat|Møtereferat|Møtenotat|Protokoll|Møteprotokoll|Møtebok|Mandat|Revidert\s+mandat|Notat|Handlingsplan|Kommunikasjonsplan|Samarbeidsavtale|Rapport|Sluttrapport|Utredning|Utgreiing|Strategi|Styresak(?=\s*$)|(?:Orienterings|Drøftings|Diskusjons|Vedtaks|Beslutnings)sak\s+(?:til|for))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstLineRegex();
}
