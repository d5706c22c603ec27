using System.Globalization;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NorPreM.Search.Analysis;
using NorPreM.Search.Indexing;
using NorPreM.Core.Lexicon;
using NorPreM.Core.Model;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace NorPreM.Search.Querying;

/// <summary>What the analyzer leaves of the typed words: the stop words it ignores, and whether anything is left to search.</summary>
internal sealed class QueryWords(AnalyzerSet analyzers)
{
    /// <summary>
    /// The words of the query (outside quoted phrases, which search their stop words as gaps) that the analyzer drops as
    /// stop words, without the punctuation a question puts around them ("og når?" lists «når»).
    /// </summary>
    public IReadOnlyList<string> IgnoredWords(ParsedQuery parsed) =>
        parsed.Clauses.Where(c => !c.Excluded && !c.IsPhrase && IsOnlyStopWords(c.Text))
            .Select(c => TrimPunctuation(c.Text))
            .Where(w => w.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static string TrimPunctuation(string word)
    {
        var start = 0;
        var end = word.Length;
        while (start < end && !char.IsLetterOrDigit(word[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(word[end - 1]))
        {
            end--;
        }

        return word[start..end];
    }

    /// <summary>True when the text has letters or digits but the spell chain (tokenizer, lower case, stop words) leaves no term.</summary>
    public bool IsOnlyStopWords(string text) => HasLetterOrDigit(text) && !analyzers.Spell.Tokens(text).Any();

    public static bool HasLetterOrDigit(string text) => text.Any(char.IsLetterOrDigit);
}
