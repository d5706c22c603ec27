using NorPreM.Search.Model;

namespace NorPreM.Ingest.Structure.Text;

/// <summary>A row that opens a case: "Sak 28/3/2022 Title", "Sak 41/23", "Sak 13/2/22: Title".</summary>
public static class CaseHeadings
{
    /// <summary>The case number a row starts with and the title after it (empty when the row holds the number alone), or null.</summary>
    public static (CaseNumber Number, string Title)? Read(string row)
    {
        if (CaseNumber.FindAll(row) is not [{ Index: 0 } found, ..])
        {
            return null;
        }

        return (found.Number, row[found.Length..].Trim().TrimStart(':', '–', '-').Trim());
    }
}
