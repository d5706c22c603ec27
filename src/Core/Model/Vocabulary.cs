namespace NorPreM.Core.Model;

/// <summary>Council ids used in facets, filters and URLs, with their display names.</summary>
public static class Councils
{
    public const string HelseOmsorg21 = "ho21";
    public const string NorPreM = "norprem";
    public const string NorPreMRegional = "norprem-rad";
    public const string Fagdirektormotet = "fagdirektormotet";

    /// <summary>The regional NorPreM councils, one per health region; "norprem-rad" stands for one whose region is not named.</summary>
    public const string NorPreMSorOst = "norprem-rad-sor-ost";
    public const string NorPreMVest = "norprem-rad-vest";
    public const string NorPreMMidt = "norprem-rad-midt";
    public const string NorPreMNord = "norprem-rad-nord";

    /// <summary>Display names in bokmål.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [HelseOmsorg21] = "HelseOmsorg21-rådet",
        [NorPreM] = "NorPreM",
        [NorPreMRegional] = "NorPreM-råd",
        [Fagdirektormotet] = "Interregionalt fagdirektørmøte",
        [NorPreMSorOst] = "NorPreM-råd Helse Sør-Øst",
        [NorPreMVest] = "NorPreM-råd Helse Vest",
        [NorPreMMidt] = "NorPreM-råd Helse Midt-Norge",
        [NorPreMNord] = "NorPreM-råd Helse Nord",
    };

    /// <summary>The four regional councils.</summary>
    public static readonly IReadOnlyList<string> Regional = [NorPreMSorOst, NorPreMVest, NorPreMMidt, NorPreMNord];

    /// <summary>A council and the councils under it: "norprem-rad" covers the four regional councils too (filters).</summary>
    public static IReadOnlyList<string> Family(string id) => id == NorPreMRegional ? [id, .. Regional] : [id];

    public static string DisplayName(string? id) =>
        id is not null && Names.TryGetValue(id, out var name) ? name : id ?? "";

    /// <summary>
    /// The stable address of a body the product does not know, from the name a document prints: lower case, æ/ø/å
    /// folded to ae/o/a, words joined by hyphens, the first linking "i" ("Styret i X", "Helse- og omsorgsutvalget i X") and a
    /// municipality's trailing "kommune" after it dropped: "Styret i Helse Sør-Øst RHF" →
    /// "styret-helse-sor-ost-rhf", "Kommunestyret i Bodø" → "kommunestyret-bodo". Null when nothing is left.
    /// </summary>
    public static string? Slug(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var folded = new System.Text.StringBuilder();
        foreach (var ch in name.Trim().ToLowerInvariant())
        {
            folded.Append(ch switch
            {
                'æ' => "ae",
                'ø' or 'ö' => "o",
                'å' or 'ä' => "a",
                'é' or 'è' => "e",
                _ => char.IsLetterOrDigit(ch) ? ch.ToString() : " ",
            });
        }

        var words = folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // "Styret i X", "Årsmøtet i X": the preposition that joins the organ to its organisation carries nothing.
        var linking = words.IndexOf("i");
        if (linking > 0 && linking < words.Count - 1)
        {
            words.RemoveAt(linking);
            // "Kommunestyret i Bodø kommune" is the same body as "Kommunestyret i Bodø".
            if (words.Count > linking + 1 && words[^1] == "kommune")
            {
                words.RemoveAt(words.Count - 1);
            }
        }

        return words.Count == 0 ? null : string.Join("-", words);
    }
}

/// <summary>Document type ids with their display names.</summary>
public static class DocumentTypes
{
    public const string Bundle = "saksdokumenter";
    public const string CasePaper = "saksframlegg";
    public const string Minutes = "referat";
    public const string Mandate = "mandat";
    public const string ActionPlan = "handlingsplan";
    public const string CommunicationPlan = "kommunikasjonsplan";
    public const string Note = "notat";
    public const string Letter = "brev";
    public const string Agenda = "saksliste";
    public const string Other = "annet";
    /// <summary>A protocol (møteprotokoll, møtebok): minutes as a municipality, board or annual meeting keeps them.</summary>
    public const string Protocol = "protokoll";
    /// <summary>An agreement (samarbeidsavtale, avtale).</summary>
    public const string Agreement = "avtale";
    /// <summary>A report or study (rapport, utredning, evaluering).</summary>
    public const string Report = "rapport";
    /// <summary>A strategy.</summary>
    public const string Strategy = "strategi";

    /// <summary>Kinds that record a meeting: read for meeting, items, decisions and attendance.</summary>
    public static bool IsMinutes(string? id) => id is Minutes or Protocol;

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [Bundle] = "Saksdokumenter",
        [CasePaper] = "Saksframlegg",
        [Minutes] = "Referat",
        [Mandate] = "Mandat",
        [ActionPlan] = "Handlingsplan",
        [CommunicationPlan] = "Kommunikasjonsplan",
        [Note] = "Notat",
        [Letter] = "Brev/innspill",
        [Agenda] = "Saksliste",
        [Other] = "Annet",
        [Protocol] = "Protokoll",
        [Agreement] = "Avtale",
        [Report] = "Rapport/utredning",
        [Strategy] = "Strategi",
    };

    public static string DisplayName(string? id) =>
        id is not null && Names.TryGetValue(id, out var name) ? name : id ?? "";
}
