using NorPreM.Ingest.Structure.Text;

namespace NorPreM.Ingest.Structure.Layout;

/// <summary>
/// Joins rows into paragraphs. A row opens a new paragraph when it is a list item, when it opens a block after a row
/// that ends a sentence (or a colon), or when it opens a block back at the margin after a list. Rows indented under a
/// list item continue it; a row at the top of a page continues an unfinished sentence from the previous page.
/// </summary>
public static class RowText
{
    /// <summary>The rows' text as paragraphs separated by '\n'.</summary>
    public static string Join(IReadOnlyList<LayoutRow> rows)
    {
        double? listLeft = null;
        return Paragraphs.JoinParagraphs(rows, r => r.Text, (row, i) =>
        {
            if (Paragraphs.IsListItem(row.Text))
            {
                listLeft = row.Left;
                return i > 0;
            }

            if (i == 0)
            {
                return false;
            }

            var previous = rows[i - 1].Text.TrimEnd();
            var endsSentence = previous.EndsWith('.') || previous.EndsWith(':') || previous.EndsWith('?') || previous.EndsWith('!');
            if (listLeft is { } left)
            {
                if (row.Left > left + 3)
                {
                    return false;
                }

                listLeft = null;
                return true;
            }

            return row.BlockStart && endsSentence;
        });
    }
}
