namespace NorPreM.Web.Knowledge;

/// <summary>A theme of the taxonomy with its Norwegian label and what it covers.</summary>
public sealed record ThemeInfo(string Id, string Label, string Covers);

/// <summary>The theme taxonomy as the pages show it (ids are fixed; labels are bokmål display names).</summary>
public static class ThemeCatalog
{
    public static readonly IReadOnlyList<ThemeInfo> All =
    [
        new("persontilpasset-medisin", "Persontilpasset medisin", "presisjonsmedisin, genetikk, diagnostikk, patologi, målrettet behandling"),
        new("helsedata", "Helsedata og infrastruktur", "registre, datadeling, Helseanalyseplattformen, EHDS, analysekapasitet"),
        new("kliniske-studier", "Kliniske studier", "utprøving, studietilgang, handlingsplan for kliniske studier"),
        new("innovasjon-naering", "Innovasjon og næringsutvikling", "helsenæring, livsvitenskap, kommersialisering, virkemidler, offentlig-privat samarbeid"),
        new("anskaffelser", "Innovative anskaffelser", "innkjøp, IOA, Sykehusinnkjøp, kontrakter"),
        new("folkehelse", "Folkehelse og forebygging", "folkehelsemelding, ulikhet i helse, forebygging, kommunene, KSF"),
        new("helsepersonell-kompetanse", "Helsepersonell og kompetanse", "helsepersonellkommisjonen, utdanning, kompetansebygging, videreutdanning"),
        new("digitalisering", "Digitalisering og e-helse", "teknologi, kunstig intelligens, velferdsteknologi, e-helse"),
        new("baerekraft-finansiering", "Bærekraft, finansiering og prioritering", "finansieringsmodeller, prioritering, Nye metoder, bærekraftig helsetjeneste"),
        new("etikk-juss", "Etikk, juss og personvern", "etiske og juridiske rammer, personvern, regelverk"),
        new("organisering-mandat", "Organisering, mandat og styring", "mandater, rapportering, arbeidsutvalg, referansegrupper, budsjett, roller"),
        new("kommunikasjon", "Kommunikasjon og formidling", "kommunikasjonsplan, arrangementer, konferanser, nettsider, media"),
        new("motebehandling", "Møtebehandling", "innkalling, saksliste, habilitet, godkjenning av referat, eventuelt, evaluering"),
    ];

    private static readonly Dictionary<string, ThemeInfo> ById = All.ToDictionary(t => t.Id, StringComparer.Ordinal);

    public static ThemeInfo? Find(string id) => ById.GetValueOrDefault(id);

    public static string Label(string id) => ById.TryGetValue(id, out var t) ? t.Label : id;
}
