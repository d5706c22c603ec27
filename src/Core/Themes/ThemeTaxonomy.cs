namespace NorPreM.Core.Themes;

/// <summary>One theme of the fixed taxonomy.</summary>
/// <param name="Id">Stable id used in the index, the API and the model file (never rename).</param>
/// <param name="Label">Norwegian display name.</param>
/// <param name="Covers">Norwegian description of what the theme covers, shown next to the label.</param>
public sealed record ThemeDefinition(string Id, string Label, string Covers);

/// <summary>
/// The fixed, multi-label taxonomy the councils' papers are classified into (issue "Themes").
/// The ids are part of the index and the model file: a model trained on another list is refused
/// (see the theme model in NorPreM.Ingest.Themes), so changing this list means retraining.
/// </summary>
public static class ThemeTaxonomy
{
    /// <summary>All themes, in display order.</summary>
    public static IReadOnlyList<ThemeDefinition> All { get; } =
    [
        new("persontilpasset-medisin", "Persontilpasset medisin",
            "Presisjonsmedisin, genetikk, diagnostikk, patologi, målrettet behandling"),
        new("helsedata", "Helsedata og infrastruktur",
            "Registre, datadeling, Helseanalyseplattformen, EHDS, analysekapasitet"),
        new("kliniske-studier", "Kliniske studier",
            "Utprøving, studietilgang, handlingsplan for kliniske studier"),
        new("innovasjon-naering", "Innovasjon og næringsutvikling",
            "Helsenæring, livsvitenskap, kommersialisering, virkemidler, offentlig-privat samarbeid"),
        new("anskaffelser", "Innovative anskaffelser",
            "Innkjøp, IOA, Sykehusinnkjøp, kontrakter"),
        new("folkehelse", "Folkehelse og forebygging",
            "Folkehelsemelding, ulikhet i helse, forebygging, kommunene, KSF"),
        new("helsepersonell-kompetanse", "Helsepersonell og kompetanse",
            "Helsepersonellkommisjonen, utdanning, kompetansebygging, videreutdanning"),
        new("digitalisering", "Digitalisering og e-helse",
            "Teknologi, kunstig intelligens, velferdsteknologi, e-helse"),
        new("baerekraft-finansiering", "Bærekraft, finansiering og prioritering",
            "Finansieringsmodeller, prioritering, Nye metoder, bærekraftig helsetjeneste"),
        new("etikk-juss", "Etikk, juss og personvern",
            "Etiske og juridiske rammer, personvern, regelverk"),
        new("organisering-mandat", "Organisering, mandat og styring",
            "Mandater, rapportering, arbeidsutvalg, referansegrupper, budsjett, roller"),
        new("kommunikasjon", "Kommunikasjon og formidling",
            "Kommunikasjonsplan, arrangementer, konferanser, nettsider, media"),
        new("motebehandling", "Møtebehandling",
            "Innkalling, saksliste, habilitet, godkjenning av referat, eventuelt, evaluering"),
    ];

    /// <summary>The theme ids in display order.</summary>
    public static IReadOnlyList<string> Ids { get; } = All.Select(t => t.Id).ToList();

    private static readonly Dictionary<string, ThemeDefinition> ById = All.ToDictionary(t => t.Id, StringComparer.Ordinal);

    /// <summary>The theme with this id, or null for an unknown id.</summary>
    public static ThemeDefinition? Find(string id) => ById.GetValueOrDefault(id);

    /// <summary>True when <paramref name="id"/> is one of the taxonomy's ids (exact, case-sensitive).</summary>
    public static bool IsKnown(string id) => ById.ContainsKey(id);
}
