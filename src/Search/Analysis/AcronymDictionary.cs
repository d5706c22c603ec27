using System.Text;
using System.Text.RegularExpressions;

namespace NorPreM.Search.Analysis;

/// <summary>One acronym with the full name it stands for.</summary>
public sealed record AcronymPair(string Acronym, string Name);

/// <summary>
/// Acronyms and their full names, from the curated list shipped in Resources/Synonyms/acronyms.txt and from pairs
/// learned at ingest ("Helse- og omsorgsdepartementet (HOD)"). Queries are expanded both ways: "HOD" also
/// searches the phrase "Helse- og omsorgsdepartementet", and the spelled-out name also searches "HOD".
/// Immutable; a new instance is built when learned pairs change.
/// </summary>
public sealed partial class AcronymDictionary
{
    private readonly Dictionary<string, List<string>> _namesByAcronym = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _acronymsByName = new(StringComparer.Ordinal);

    /// <summary>Every pair, curated first.</summary>
    public IReadOnlyList<AcronymPair> Pairs { get; }

    public AcronymDictionary(IEnumerable<AcronymPair> pairs)
    {
        var list = new List<AcronymPair>();
        foreach (var pair in pairs)
        {
            var acronym = pair.Acronym.Trim();
            var name = pair.Name.Trim();
            var acronymKey = acronym.ToLowerInvariant();
            var nameKey = NormalizeName(name);
            if (acronymKey.Length < 2 || nameKey.Length < 3 || nameKey == acronymKey)
            {
                continue;
            }

            if (!_namesByAcronym.TryGetValue(acronymKey, out var names))
            {
                _namesByAcronym[acronymKey] = names = [];
            }

            if (names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            names.Add(name);
            if (!_acronymsByName.TryGetValue(nameKey, out var acronyms))
            {
                _acronymsByName[nameKey] = acronyms = [];
            }

            acronyms.Add(acronym);
            list.Add(new AcronymPair(acronym, name));
        }

        Pairs = list;
    }

    private static readonly Lazy<IReadOnlyList<AcronymPair>> CuratedPairs = new(LoadCurated);

    /// <summary>The curated pairs shipped with the product.</summary>
    public static IReadOnlyList<AcronymPair> Curated => CuratedPairs.Value;

    /// <summary>Curated pairs plus <paramref name="learned"/> ones.</summary>
    public static AcronymDictionary WithLearned(IEnumerable<AcronymPair> learned) => new(Curated.Concat(learned));

    /// <summary>Full names for an acronym (case-insensitive), e.g. "hod" → "Helse- og omsorgsdepartementet".</summary>
    public IReadOnlyList<string> NamesFor(string acronym) =>
        _namesByAcronym.TryGetValue(acronym.Trim().ToLowerInvariant(), out var names) ? names : [];

    /// <summary>Acronyms of a full name given in any spelling ("helse- og omsorgsdepartementet" → "HOD").</summary>
    public IReadOnlyList<string> AcronymsFor(string name) =>
        _acronymsByName.TryGetValue(NormalizeName(name), out var acronyms) ? acronyms : [];

    /// <summary>Longest full name, in words, of any pair.</summary>
    public int LongestNameWords => _acronymsByName.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(0).Max();

    /// <summary>Acronyms whose full name occurs in <paramref name="text"/> (word-bounded, case- and hyphen-insensitive).</summary>
    public IReadOnlyList<AcronymPair> NamesIn(string text)
    {
        var haystack = " " + NormalizeName(text) + " ";
        var found = new List<AcronymPair>();
        foreach (var (nameKey, acronyms) in _acronymsByName)
        {
            if (haystack.Contains(" " + nameKey + " ", StringComparison.Ordinal))
            {
                found.AddRange(acronyms.Select(a => new AcronymPair(a, nameKey)));
            }
        }

        return found;
    }

    /// <summary>Acronyms starting with <paramref name="prefix"/> (for autocomplete).</summary>
    public IEnumerable<AcronymPair> StartingWith(string prefix)
    {
        var p = prefix.Trim().ToLowerInvariant();
        return p.Length == 0 ? [] : Pairs.Where(x => x.Acronym.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Lower case, every run of non-letters/digits one space: "Helse- og omsorgsdepartementet" → "helse og omsorgsdepartementet".</summary>
    public static string NormalizeName(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }

        return sb.ToString().Trim();
    }

    private static IReadOnlyList<AcronymPair> LoadCurated()
    {
        using var stream = typeof(AcronymDictionary).Assembly.GetManifestResourceStream("NorPreM.Search.Resources.Synonyms.acronyms.txt")
            ?? throw new InvalidOperationException("The embedded acronym list is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Parses "ACR = Full name" lines; '#' starts a comment.</summary>
    public static IReadOnlyList<AcronymPair> Parse(string text)
    {
        var pairs = new List<AcronymPair>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            var eq = line.IndexOf('=');
            if (line.Length == 0 || line[0] == '#' || eq <= 0)
            {
                continue;
            }

            pairs.Add(new AcronymPair(line[..eq].Trim(), line[(eq + 1)..].Trim()));
        }

        return pairs;
    }

    [GeneratedRegex(@"\((?<acr>[A-ZÆØÅ][A-Za-zÆØÅæøå0-9\-]{1,9})\)")]
    private static partial Regex ParenthesisedAcronym();

    /// <summary>
    /// Learns "Full name (ACR)" pairs from running text: the shortest run of up to eight preceding words whose
    /// first word starts with the acronym's first letter and whose letters contain the acronym's letters in order
    /// (the abbreviation-definition heuristic of Schwartz &amp; Hearst, "A simple algorithm for identifying
    /// abbreviation definitions in biomedical text", PSB 2003).
    /// </summary>
    public static IReadOnlyList<AcronymPair> Learn(string text)
    {
        var pairs = new List<AcronymPair>();
        foreach (Match m in ParenthesisedAcronym().Matches(text))
        {
            var acronym = m.Groups["acr"].Value;
            if (!NorwegianTokenizer.IsAcronym(acronym.Replace("-", "", StringComparison.Ordinal)))
            {
                continue;
            }

            var before = text[..m.Index];
            var cut = Math.Max(before.LastIndexOfAny(['.', ';', ':', '(', ')', '\n', '•']), -1);
            var words = before[(cut + 1)..].Split([' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
            var letters = acronym.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray();
            for (var n = 1; n <= Math.Min(8, words.Length); n++)
            {
                var window = words[^n..];
                var first = window[0].TrimStart('«', '"', '“');
                if (first.Length == 0 || char.ToLowerInvariant(first[0]) != letters[0] || n < Math.Min(letters.Length, 2) && letters.Length > 1 && !IsSubsequence(letters, first.ToLowerInvariant()))
                {
                    continue;
                }

                var name = string.Join(' ', window).Trim('«', '»', '"', '“', '”', ',', ' ');
                if (IsSubsequence(letters, name.ToLowerInvariant()))
                {
                    pairs.Add(new AcronymPair(acronym, name));
                    break;
                }
            }
        }

        return pairs.DistinctBy(p => (p.Acronym, p.Name.ToLowerInvariant())).ToList();
    }

    private static bool IsSubsequence(char[] letters, string text)
    {
        var i = 0;
        foreach (var c in text)
        {
            if (i < letters.Length && c == letters[i])
            {
                i++;
            }
        }

        return i == letters.Length;
    }
}
