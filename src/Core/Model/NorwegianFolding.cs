namespace NorPreM.Core.Model;

/// <summary>
/// The one folding of Norwegian letters for text typed without æ, ø and å: å, æ → a; ø → o; and the digraphs a
/// keyboard without them gives (aa → a, ae → a, oe → o), as Lucene's <c>ScandinavianFoldingFilter</c> folds the
/// index's folded field, so a word folded here meets the same word folded there. é and è fold to e (idé, kafé).
/// </summary>
public static class NorwegianFolding
{
    public static string Fold(string word) => word
        .Replace('å', 'a').Replace('æ', 'a').Replace('ø', 'o').Replace('Å', 'A').Replace('Æ', 'A').Replace('Ø', 'O')
        .Replace('é', 'e').Replace('è', 'e')
        .Replace("aa", "a").Replace("ae", "a").Replace("oe", "o");

    /// <summary>Lower-cased, then folded: for matching what a user types against names and titles.</summary>
    public static string FoldLower(string text) => Fold(text.ToLowerInvariant());
}
