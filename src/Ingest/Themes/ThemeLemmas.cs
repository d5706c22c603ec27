namespace NorPreM.Ingest.Themes;

/// <summary>Stems and compound parts as extra words for the theme features (option `--lemmas`).</summary>
public static class ThemeLemmas
{
    /// <summary>
    /// Appends, after the text, the stem of every word (Search's <see cref="NorPreM.Search.Analysis.NorwegianStems"/>,
    /// the index's own minimal stemmer, when it differs from the word) and the stems of the lexicon parts of every
    /// closed compound (<see cref="NorPreM.Search.Analysis.Decompounder"/>): "finansieringsmodellen" adds
    /// "finansieringsmodell", "finansiering", "modell"; "kostnadsfordelingen" adds "kostnad", "fordeling". A source
    /// that writes its vocabulary in other inflections and compounds than the training sources then still meets the
    /// words the classifiers learned. The additions come after the text, so its own n-grams are unchanged.
    /// </summary>
    public static string Lemmatize(string text)
    {
        var splitter = NorPreM.Search.Analysis.Decompounder.Default;
        var added = new List<string>();
        foreach (System.Text.RegularExpressions.Match m in LetterWord.Matches(text))
        {
            var word = m.Value.ToLowerInvariant();
            var stem = NorPreM.Search.Analysis.NorwegianStems.Minimal(word);
            if (stem != word)
            {
                added.Add(stem);
            }

            foreach (var part in splitter.Split(word))
            {
                added.Add(NorPreM.Search.Analysis.NorwegianStems.Minimal(part));
            }
        }

        return added.Count == 0 ? text : text + " | " + string.Join(' ', added);
    }

    private static readonly System.Text.RegularExpressions.Regex LetterWord = new(@"\p{L}{4,}", System.Text.RegularExpressions.RegexOptions.Compiled);
}
