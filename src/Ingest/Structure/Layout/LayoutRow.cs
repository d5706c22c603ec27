namespace NorPreM.Ingest.Structure.Layout;

/// <summary>A run of words on one row, separated from its neighbours by a column-sized gap (a table cell).</summary>
public sealed record LayoutCell(string Text, double Left, double Right);

/// <summary>
/// One printed row of a page, cut into cells at wide horizontal gaps. The structure parsers read rows rather than
/// raw text, because council papers carry their facts in two-column tables ("Type sak | Vedtakssak") whose value
/// column and continuation lines are only recognisable by position.
/// </summary>
/// <param name="Page">1-based page number.</param>
/// <param name="Cells">Cells left to right; never empty.</param>
/// <param name="Top">Top of the row in PDF points (origin bottom-left).</param>
/// <param name="Bottom">Bottom of the row.</param>
/// <param name="FontSize">Dominant font size.</param>
/// <param name="Bold">True when every word is set in a bold face.</param>
/// <param name="BlockStart">True when the row opens a block (a vertical gap or a change of font before it).</param>
public sealed record LayoutRow(
    int Page,
    IReadOnlyList<LayoutCell> Cells,
    double Top,
    double Bottom,
    double FontSize,
    bool Bold,
    bool BlockStart)
{
    /// <summary>The row's text, cells joined by a single space.</summary>
    public string Text => string.Join(" ", Cells.Select(c => c.Text));

    /// <summary>Left edge of the first cell.</summary>
    public double Left => Cells[0].Left;

    /// <summary>Right edge of the last cell.</summary>
    public double Right => Cells[^1].Right;
}

/// <summary>A page as rows: body rows and the furniture rows (headers, footers, stamps) kept apart by extraction.</summary>
public sealed record LayoutPage(int Number, double Width, IReadOnlyList<LayoutRow> Rows, IReadOnlyList<LayoutRow> Furniture)
{
    /// <summary>Body text of the page, one row a line.</summary>
    public string Text => string.Join("\n", Rows.Select(r => r.Text));
}
