using System.Text.RegularExpressions;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.Mandates;

/// <summary>
/// Finds the reporting and approval lines a mandate states, sentence by sentence, with Norwegian clause patterns:
/// "X rapporterer (samordnet) til Y", "X orienterer (jevnlig) Y om …", "X skal godkjennes av Y", "X ble/er godkjent av/i Y",
/// "X skal behandles av Y", "X ledes av Y", "X samordnes av Y", "X har (en) rådgivende rolle overfor Y",
/// "X har ansvaret for Y", "X får innspill fra Y", "… til Y som er Zs styringsgruppe". Every line is given as
/// actor → relation → counterpart with the sentence as evidence; the noun phrases are cut at the clause boundaries
/// (" om ", " minimum ", relative " som ", a comma, a date), so only what the sentence states is kept.
/// Patterns allow for letters the OCR layer may still have damaged (å/ø read as d, a, g).
/// </summary>
public static partial class ReportingLineExtractor
{
    private sealed record Rule(Regex Pattern, string Relation, bool ActorIsSubject, bool KeepCommas = false);

    private static readonly Rule[] Rules =
    [
        new(new Regex(@"^(?<s>.+?)\s+rapporterer\s+(?:\w+\s+)?til\s+(?<o>.+)$"), "rapporterer til", true),
        new(new Regex(@"^(?<s>.+?)\s+orienterer\s+(?:jevnlig\s+|løpende\s+|l\S?pende\s+|regelmessig\s+)?(?<o>(?!seg\b).+?)\s+om\b.*$"), "orienterer", true),
        new(new Regex(@"^(?<o>.+?)\s+(?:skal\s+|må\s+|m\S\s+)?(?:godkjennes|vedtas)\s+av\s+(?<s>.+)$"), "godkjenner", false),
        new(new Regex(@"^(?<o>.+?)\s+(?:ble|er|blir)\s+(?:godkjent|vedtatt)\s+(?:av|i)\s+(?<s>.+)$"), "godkjente", false),
        new(new Regex(@"^(?<o>.+?)\s+(?:skal\s+)?behandles\s+av\s+(?<s>.+)$"), "behandler", false),
        new(new Regex(@"^(?<o>.+?)\s+ledes\s+av\s+(?<s>.+)$"), "leder", false),
        new(new Regex(@"^(?<o>.+?)\s+samordnes\s+av\s+(?<s>.+?)(?:\s+og\s+f\S{1,2}r\b.*)?$"), "samordner", false),
        new(new Regex(@"^(?<o>.+?)\s+(?:samordnes\s+av\s+.+?\s+og\s+)?f\S{1,2}r\s+innspill\s+fra\s+(?<s>.+)$"), "gir innspill til", false),
        new(new Regex(@"^(?<s>.+?)\s+(?:skal\s+ha|har)\s+(?:.*?\bog\s+)?en\s+r\S{1,2}dgivende\s+rolle\s+(?:overfor|for|mot)\s+(?<o>.+)$"), "gir råd til", true),
        new(new Regex(@"^(?<s>.+?)\s+(?:skal\s+ha|har)\s+(?:det\s+)?ansvar(?:et)?\s+for\s+(?<o>.+)$"), "har ansvar for", true, KeepCommas: true),
        new(new Regex(@"\b(?:til|av|for)\s+(?<s>(?:det|den|de)\s+[^,.]+?|[^,.\s]+(?:\s+[^,.\s]+){0,3}?)\s+som\s+er\s+(?<o>\S+?)s\s+styringsgruppe\b.*$"), "er styringsgruppe for", true),
    ];

    /// <summary>The reporting lines stated in the sentences.</summary>
    public static IReadOnlyList<ReportingLine> Extract(IEnumerable<string> sentences)
    {
        var lines = new List<ReportingLine>();
        foreach (var raw in sentences)
        {
            var sentence = LeadingNumberRegex().Replace(raw.Trim(), "").TrimEnd('.', ' ');
            foreach (var rule in Rules)
            {
                var m = rule.Pattern.Match(sentence);
                if (!m.Success)
                {
                    continue;
                }

                var subject = CutSubject(m.Groups["s"].Value);
                var obj = CutObject(m.Groups["o"].Value, rule.KeepCommas);
                if (!rule.ActorIsSubject)
                {
                    // For passives the "s" group is the agent (after "av"), "o" the thing acted on.
                    subject = CutObject(m.Groups["s"].Value, keepCommas: false);
                    obj = CutSubject(m.Groups["o"].Value);
                }

                if (rule.Relation == "er styringsgruppe for")
                {
                    subject = CutObject(m.Groups["s"].Value, keepCommas: false);
                    obj = m.Groups["o"].Value;
                }

                if (subject.Length < 3 || obj.Length < 3 || subject.Equals(obj, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var line = new ReportingLine(subject, rule.Relation, obj, raw.Trim());
                if (!lines.Any(l => l.From == line.From && l.Relation == line.Relation && l.To == line.To))
                {
                    lines.Add(line);
                }
            }
        }

        return lines;
    }

    /// <summary>Splits running text into sentences, not at common Norwegian abbreviations ("bl.a.", "inkl.", "f.eks.").</summary>
    public static IReadOnlyList<string> Sentences(string text)
    {
        var result = new List<string>();
        var start = 0;
        foreach (Match m in SentenceEndRegex().Matches(text))
        {
            var candidate = text[start..m.Index];
            var lastWord = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            if (Abbreviations.Contains(lastWord.ToLowerInvariant()) || NumberedStartRegex().IsMatch(candidate.Trim()))
            {
                continue;
            }

            result.Add(candidate.Trim());
            start = m.Index + m.Length;
        }

        if (start < text.Length && text[start..].Trim().Length > 0)
        {
            result.Add(text[start..].Trim());
        }

        return result;
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "inkl.", "bl.a.", "f.eks.", "o.l.", "ca.", "jf.", "jfr.", "mht.", "dvs.", "m.fl.", "evt.", "nr.", "kl.", "pkt.", "ref.", "m.m.", "etc.",
    };

    private static string CutSubject(string text)
    {
        var s = text.Trim();
        var cut = SubjectCutRegex().Match(s);
        if (cut.Success && cut.Index > 0)
        {
            s = s[..cut.Index];
        }

        s = LeadingFillerRegex().Replace(s, "");
        return s.Trim().TrimEnd(',', '.', ':', ';');
    }

    private static string CutObject(string text, bool keepCommas)
    {
        var s = text.Trim();
        var cuts = new List<int>();
        foreach (Match m in ObjectCutRegex().Matches(s))
        {
            if (keepCommas && (m.Value.StartsWith(',') || m.Value.TrimStart().StartsWith("og", StringComparison.Ordinal)) && !m.Value.Contains("som", StringComparison.Ordinal))
            {
                continue;
            }

            cuts.Add(m.Index);
        }

        if (cuts.Count > 0)
        {
            s = s[..cuts.Min()];
        }

        return s.Trim().TrimEnd(',', '.', ':', ';');
    }

    [GeneratedRegex(@"^\s*(?:\d{1,2}[.)]|[•\-–]|[eo](?=\s+\p{Lu}))\s+")]
    private static partial Regex LeadingNumberRegex();

    [GeneratedRegex(@"\s+(?:ble|blir|er|skal|har|som|kan|best\S{1,3}ende)\s|,\s+som\s")]
    private static partial Regex SubjectCutRegex();

    [GeneratedRegex(@"^(?:og|men|samt|at|der|hvor)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingFillerRegex();

    [GeneratedRegex(@"\s+(?:om|minimum|som|med|etter|når|innen|hvis|dersom)\s|,\s*(?:som\s|\p{Ll})|,\s|(?<!-)\s+og\s+(?=\p{Ll})|\s+\d{1,2}\.?\s+\p{L}+\s+\d{4}|\s+\d{4}\b|;")]
    private static partial Regex ObjectCutRegex();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}«""\d])")]
    private static partial Regex SentenceEndRegex();

    [GeneratedRegex(@"^\d{1,2}\.$")]
    private static partial Regex NumberedStartRegex();
}
