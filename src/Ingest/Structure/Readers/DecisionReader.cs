using System.Text.RegularExpressions;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.Readers;

/// <summary>What a row of an item's text is to the decision reader.</summary>
public enum DecisionRowKind
{
    /// <summary>Discussion or anything else.</summary>
    Text,
    /// <summary>Opens the decision: "Vedtak:", "Styrets vedtak:", "Rådets vedtak", "Beslutning:", "Konklusjon:".</summary>
    Decision,
    /// <summary>Opens the proposal: "Forslag til vedtak:", "Innstilling:", "Kommunedirektørens innstilling:", "Administrerende direktørs forslag til vedtak:".</summary>
    Proposal,
    /// <summary>Opens the handling: "Behandling:", "Behandling i Kommunestyret - 15.06.2023", "Votering:".</summary>
    Handling,
    /// <summary>A protocol entry: "Protokolltilførsel fra Rødt: …".</summary>
    ProtocolEntry,
}

/// <summary>A labelled row: its kind, the label as printed, the decision kind it opens, and the text after the label on the same row.</summary>
public sealed record DecisionRow(DecisionRowKind Kind, string Label, string? DecisionKind, string Rest);

/// <summary>
/// Reads the decision blocks of minutes and protocols in the forms Norwegian bodies print: labelled decisions ("Vedtak:",
/// "Styrets vedtak:", "Kommunestyrets vedtak:", "Rådets vedtak", "FSK- 12/24 Vedtak:", "Beslutning:", "Konklusjon:", a
/// vote as label "Enstemmig vedtatt:", an advisory body's "Rådets uttalelse:" of kind <see cref="DecisionKinds.Statement"/>), proposals ("Forslag til
/// vedtak", "Innstilling", "Administrerende direktørs forslag til vedtak"), the handling that precedes a decision
/// ("Behandling:", "Votering:"), protocol entries ("Protokolltilførsel"), and the short outcome paragraphs that stand
/// for a decision where no block is labelled ("Enstemmig vedtatt", "Vedtatt med 7 mot 2 stemmer", "Forslaget vedtas",
/// "Innstillingen ble vedtatt", "Godkjent", "Tas til orientering", "Regnskapet godkjennes"). An outcome must be a whole
/// short paragraph that begins with it, so a vote reported inside the discussion ("Tilleggsforslaget ble vedtatt med 4
/// mot 3 stemmer") stays discussion.
/// </summary>
public static partial class DecisionReader
{
    /// <summary>The label a row opens with, or null when the row carries none.</summary>
    public static DecisionRow? ReadLabel(string row)
    {
        var text = row.Trim();
        if (ProtocolEntryRegex().Match(text) is { Success: true } p)
        {
            return new(DecisionRowKind.ProtocolEntry, p.Groups["l"].Value.Trim(), null, text);
        }

        if (ProposalRegex().Match(text) is { Success: true } f)
        {
            return new(DecisionRowKind.Proposal, f.Groups["l"].Value.Trim(), null, f.Groups["rest"].Value.Trim());
        }

        if (StatementRegex().Match(text) is { Success: true } st)
        {
            return new(DecisionRowKind.Decision, st.Groups["l"].Value.Trim(), DecisionKinds.Statement, st.Groups["rest"].Value.Trim());
        }

        // "Enstemmig vedtatt:", "Vedtatt med 5 mot 2 stemmer:", "Et enstemmig formannskap vedtok:": the vote labels the decision that follows.
        if (VotedLabelRegex().Match(text) is { Success: true } v)
        {
            return new(DecisionRowKind.Decision, v.Groups["l"].Value.Trim(), DecisionKinds.Labelled, v.Groups["rest"].Value.Trim());
        }

        if (DecisionRegex().Match(text) is { Success: true } d)
        {
            var label = d.Groups["l"].Value.Trim();
            var kind = label.StartsWith("Konklusjon", StringComparison.OrdinalIgnoreCase) || label.StartsWith("Beslutning", StringComparison.OrdinalIgnoreCase)
                || label.StartsWith("Oppsummering", StringComparison.OrdinalIgnoreCase)
                ? DecisionKinds.Conclusion
                : DecisionKinds.Labelled;
            return new(DecisionRowKind.Decision, label, kind, d.Groups["rest"].Value.Trim());
        }

        if (HandlingRegex().Match(text) is { Success: true } h)
        {
            return new(DecisionRowKind.Handling, h.Groups["l"].Value.Trim(), null, h.Groups["rest"].Value.Trim());
        }

        return null;
    }

    /// <summary>
    /// The decision kind of a paragraph that is only an outcome ("Enstemmig vedtatt.", "Forslaget vedtas med 39 mot 4
    /// stemmer.", "Årsberetningen tas til orientering."), or null when the paragraph is more than that.
    /// </summary>
    public static string? OutcomeKind(string paragraph)
    {
        var text = paragraph.Trim();
        if (text.Length == 0 || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 16)
        {
            return null;
        }

        if (VoteOutcomeRegex().IsMatch(text))
        {
            return DecisionKinds.Vote;
        }

        if (NotedRegex().IsMatch(text))
        {
            return DecisionKinds.Noted;
        }

        return ApprovedRegex().IsMatch(text) ? DecisionKinds.Approval : null;
    }

    /// <summary>The vote as written inside a text ("vedtatt med 6 mot 1 stemme", "enstemmig vedtatt"), or null.</summary>
    public static string? Vote(string text) =>
        VoteRegex().Match(text) is { Success: true } m ? m.Value.Trim() : null;

    /// <summary>
    /// The decision a discussion paragraph ends with where no block is labelled: a label inside the paragraph ("…
    /// merknader. Vedtak: Styret godkjenner …", the label opening a sentence and the decision running to the paragraph's
    /// end), or its last sentence when that is an outcome or the body deciding ("… Innkalling og saksliste godkjent med
    /// denne endringen.", "… Styret vedtok å utvide åpningstiden …"). Null when the paragraph ends otherwise.
    /// </summary>
    public static (string Decision, string Kind, string Before)? EndingDecision(string paragraph)
    {
        var text = paragraph.Trim();
        if (InlineLabelRegex().Match(text) is { Success: true } inline && inline.Groups["rest"].Value.Trim().Length > 0)
        {
            var label = inline.Groups["l"].Value;
            var kind = label.StartsWith("Konklusjon", StringComparison.OrdinalIgnoreCase) || label.StartsWith("Beslutning", StringComparison.OrdinalIgnoreCase)
                || label.StartsWith("Oppsummering", StringComparison.OrdinalIgnoreCase)
                ? DecisionKinds.Conclusion : DecisionKinds.Labelled;
            return (inline.Groups["rest"].Value.Trim(), kind, text[..inline.Index].Trim());
        }

        var sentences = SentenceBreakRegex().Split(text);
        if (sentences.Length < 2)
        {
            return null;
        }

        var last = sentences[^1].Trim();
        var before = text[..text.LastIndexOf(last, StringComparison.Ordinal)].Trim();
        if (OutcomeKind(last) is { } outcome)
        {
            return (last, outcome, before);
        }

        return IsDecisionSentence(last) ? (last, DecisionKinds.Sentence, before) : null;
    }

    /// <summary>Whether a text only says there was nothing to decide: "Ingen saker.", "Ingen saker ble meldt.", "Intet å melde".</summary>
    public static bool NothingDecided(string text) => NothingRegex().IsMatch(text.Trim());

    /// <summary>A sentence in which the body decides ("Rådet vedtok å …", "Styret sluttet seg til …").</summary>
    public static bool IsDecisionSentence(string paragraph) => DecisionSentenceRegex().IsMatch(paragraph);

    // "Vedtak:", "Vedtak", "Styrets vedtak:", "Kommunestyrets vedtak:", "Rådets vedtak", "Utvalgets vedtak", "Endelig vedtak:", "Vedtak i styret:",
    // "Styrets enstemmige vedtak:", nynorsk "Utvalet sitt vedtak:", "Vedtak i saka:",
    // "Beslutning:", "Konklusjon:", "Vedtak i saken:"; a label alone on its row or followed by a colon and the text.
    // Also after the item's number as case systems print it: "FSK- 12/24 Vedtak:", "PS 41/23 Vedtak", "KST-006/19 Vedtak:".
    [GeneratedRegex(@"^(?:\p{Lu}{1,5}\s*-\s*\d{1,3}/\d{2,4}\s+|\p{Lu}{2,5}\s+\d{1,3}/\d{2,4}\s+)?(?<l>(?:(?:\p{Lu}[\p{L}\-]*s(?:\s+(?:enstemmige|endelige|samrøystes|einstemmige))?|\p{Lu}[\p{L}\-]*\s+sitt|Endelig|Enstemmig)\s+)?(?:[Vv]edtak(?:\s+i\s+[\p{L}\-]+(?:\s+[\p{L}\-]+){0,5}?(?:\s*[-–]\s*\d{1,2}\.\d{1,2}\.\d{2,4})?)?|VEDTAK)|Beslutning|Konklusjon|Konklusjonar|Konklusjoner|Oppsummering|Oppsummering\s*/\s*konklusjon)(?:\s*\((?<vote>[^()]{1,40})\))?(?:\s*:\s*(?<rest>.*)|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex DecisionRegex();

    // "Rådets uttalelse:", "Eldrerådets uttale", "Uttalelse:", "Rådet si fråsegn:": what an advisory body says is its decision.
    [GeneratedRegex(@"^(?<l>(?:\p{Lu}[\p{L}\-]*s\s+)?(?:[Uu]ttalelse|[Uu]ttale|[Ff]råsegn)|Rådet\s+si\s+fråsegn|UTTALELSE)(?:\s*:\s*(?<rest>.*)|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex StatementRegex();

    // "Enstemmig vedtatt:", "Vedtatt med 5 mot 2 stemmer:", "Et enstemmig formannskap vedtok:", "Styret fattet følgende vedtak:",
    // "Styret besluttet:", "Rådet vedtok:"; a colon ends the label.
    [GeneratedRegex(@"^(?<l>(?:Enstemmig\s+vedtatt|Vedtatt(?:\s+enstemmig|\s+med\s+\d+\s+mot\s+\d+\s+stemmer?)?|Samrøystes\s+vedteke|\p{Lu}\p{L}*(?:et|ene|a)\s+(?:vedtok|vedtek|besluttet|besluttar|bestemte|konkluderte)|(?:Et|Ei|Eit)\s+(?:enstemmig|samlet|samla|samrøystes)\s+[\p{L}\-]+\s+(?:vedtok|vedtek|gjorde\s+(?:slikt|følgende|følgjande)\s+vedtak)|\p{Lu}[\p{L}\-]+(?:et|en|a)\s+(?:fattet|fatta|gjorde|traff|tok)\s+(?:(?:enstemmig|samrøystes|einstemmig)\s+)?(?:slikt|slik|følgende|følgjande|sålydende)\s+(?:vedtak|beslutning)))\s*:\s*(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex VotedLabelRegex();

    // "Forslag til vedtak:", "Forslag til beslutning", "Innstilling:", "Kommunedirektørens innstilling:", "Ordførers innstilling",
    // "Administrerende direktørs forslag til vedtak:", "Adm. direktørs innstilling", "Innstilling til vedtak".
    // Nynorsk: "Framlegg til vedtak", "Kommunedirektøren sitt framlegg til vedtak", "Tilråding".
    [GeneratedRegex(@"^(?<l>(?:(?:\p{Lu}[\p{L}\-.]*\s+)?\p{L}+s\s+|\p{Lu}[\p{L}\-]*\s+sitt\s+)?(?:forslag\s+til\s+(?:vedtak|beslutning|konklusjon)|framlegg\s+til\s+vedtak|innstilling(?:\s+til\s+vedtak)?|tilråding)|(?:Forslag\s+til\s+(?:vedtak|beslutning|konklusjon)|Framlegg\s+til\s+vedtak|Innstilling(?:\s+til\s+vedtak)?|Tilråding|Tilrådning))(?:\s*:\s*(?<rest>.*)|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex ProposalRegex();

    // "Behandling:", "Behandling i Kommunestyret - 15.06.2023", "Behandling i møtet", "Votering:", "Handsaming:".
    [GeneratedRegex(@"^(?<l>Behandling(?:\s+i\s+[^:]{1,60})?|Handsaming(?:\s+i\s+[^:]{1,60})?|Votering|Avstemning|Møtebehandling)(?:\s*:\s*(?<rest>.*)|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex HandlingRegex();

    [GeneratedRegex(@"^(?<l>Protokolltilførsel\w*(?:\s+fra\s+[^:]{1,60})?|Protokollmerknad\w*(?:\s+fra\s+[^:]{1,60})?)\s*:?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ProtocolEntryRegex();

    [GeneratedRegex(@"^(?:Enstemmig\s+vedtatt|(?:Samrøystes|Einstemmig|Eistemmig)\s+vedteke|Vedtatt(?:\s+enstemmig)?(?:\s+med\s+\d+|\s+som\s+(?:foreslått|innstilt|tilrådd)|\s*[.,]|\s*$)|Vedteke\s+som\s+(?:føreslått|tilrådd)|(?:Enstemmig\s+)?(?:[Vv]algt|[Vv]ald|[Gg]jenvalgt|[Vv]edtatt)\s+ved\s+akklamasjon|(?:Forslaget|Innstillingen|Tilrådingen|Tilrådningen|Saken|Vedtaket|(?:\p{Lu}[\p{L}\-]*s|\p{Lu}[\p{L}\-]*\s+sitt|\p{Lu}[\p{L}\-]*\s+si)\s+(?:forslag|framlegg|innstilling|tilråding))\s+(?:ble\s+|vart\s+)?(?:enstemmig\s+|samrøystes\s+)?(?:vedtatt|vedtas|vedteke|godkjent|godkjennes)\b|(?-i:(?!\p{L}+(?:forslaget|framlegget|forslagene|framlegga)\s)\p{Lu}\p{Ll}+(?:et|en|a|ene|ane))\s+(?:ble|blei|vart)\s+(?:enstemmig\s+|samrøystes\s+|einstemmig\s+)?(?:vedtatt|vedteke|vedteken|vedtekne)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VoteOutcomeRegex();

    // "Tas til orientering.", "Saken tas til orientering", "Årsberetningen tas til orientering", "… tas til etterretning".
    [GeneratedRegex(@"^(?:(?:\p{Lu}[\p{L}\-]*)(?:\s+[\p{L}\-]+){0,5}\s+)?(?:tas|vart\s+teken|vart\s+teke|ble\s+tatt|blei\s+teken)\s+til\s+(?:orientering|etterretning|vitande)\b(?:[^.]{0,40})\.?$|^Tatt\s+til\s+(?:orientering|etterretning)\b|^Teke?n?\s+til\s+(?:vitande|orientering|etterretning)\b|^\p{Lu}[\p{L}\-]*(?:\s+[\p{L}\-]+){0,2}\s+(?:tar|tek|tok)\s+(?:[\p{L}\-]+\s+){1,4}til\s+(?:orientering|etterretning|vitande)\b[^.]{0,40}\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotedRegex();

    // "Godkjent.", "Enstemmig godkjent.", "Godkjent uten merknader", "Regnskapet godkjennes.", "Innkalling og dagsorden ble
    // godkjent uten merknader.", "Innkalling og saksliste godkjent med denne endringen."
    [GeneratedRegex(@"^(?:(?:Enstemmig|Samrøystes)\s+)?(?:Godkjent|Godkjend|godkjent|godkjend)\b[^.]{0,40}\.?$|^\p{Lu}[\p{L}\-]*(?:\s+[\p{L}\d\-/.]+){0,5}\s+(?:godkjennes|godkjenast|ble\s+godkjent|vart\s+godkjend|vart\s+godkjent|(?:enstemmig\s+)?godkjent|godkjend)\b[^.]{0,40}\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex ApprovedRegex();

    [GeneratedRegex(@"(?:enstemmig\s+vedtatt|vedtatt\s+enstemmig|(?:vedtatt|vedtas|falt)\s+med\s+\d+\s+mot\s+\d+\s+stemmer?|med\s+\d+\s+mot\s+\d+\s+stemmer?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VoteRegex();

    // A decision label opening a sentence inside a paragraph: "… ikke hatt merknader. Vedtak: Styret godkjenner …".
    [GeneratedRegex(@"(?<=[.!?])\s+(?<l>Vedtak|Konklusjon|Beslutning)\s*:\s*(?<rest>.+)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex InlineLabelRegex();

    // Between sentences: a full stop after a word (not a digit: "1. mai", "kl. 21") and a capital after it.
    [GeneratedRegex(@"(?<=\p{L}{2}[.!?])\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreakRegex();

    [GeneratedRegex(@"^(?:Ingen\s+saker|Ingen\s+saker\s+(?:ble|vart)\s+(?:meldt|tatt\s+opp|teke\s+opp)|Ingen\s+(?:andre\s+)?saker\s+(?:til|under)\s+eventuelt|Intet\s+å\s+melde|Ingen)\s*\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NothingRegex();

    [GeneratedRegex(@"^\p{Lu}\p{L}*(?:et|ene|a)\s+(?:vedtok|vedtek|vedtog|besluttet|bestemte|godkjente|godkjende|sluttet\s+seg\s+til|slutta\s+seg\s+til)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DecisionSentenceRegex();
}
