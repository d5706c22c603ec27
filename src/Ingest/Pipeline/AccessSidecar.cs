using System.Text.Json;
using System.Text.RegularExpressions;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Pipeline;

/// <summary>
/// How the archive marks a paper restricted: a sidecar "x.pdf.json" beside "x.pdf" with <c>"access": "restricted"</c>
/// (optional <c>"reason"</c> and <c>"legalBasis"</c>), or a file-name rule from configuration ("unntatt-*.pdf",
/// "*/lukket/*"). A sidecar that cannot be read restricts the paper: when the archive tried to say something about
/// access, failing closed loses nothing that cannot be published later.
/// </summary>
public static partial class AccessSidecar
{
    /// <summary>The sidecar's file name for a PDF.</summary>
    public static string NameFor(string pdfFileName) => pdfFileName + ".json";

    /// <summary>The restriction a sidecar's JSON states, or null when it says the paper is public (or says nothing of access).</summary>
    public static DocumentAccess? Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new DocumentAccess("sidecar", "Sidefilen kunne ikke leses; dokumentet er skjermet til den er rettet.");
            }

            var root = doc.RootElement;
            var access = Text(root, "access");
            if (access is null || access.Equals("public", StringComparison.OrdinalIgnoreCase) || access.Equals("offentlig", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            return new DocumentAccess("sidecar", Text(root, "reason"), Text(root, "legalBasis"));
        }
        catch (JsonException)
        {
            return new DocumentAccess("sidecar", "Sidefilen kunne ikke leses; dokumentet er skjermet til den er rettet.");
        }
    }

    /// <summary>The restriction of the first <paramref name="rules"/> pattern ("*" any characters) that matches the file name.</summary>
    public static DocumentAccess? FromRules(string fileName, IReadOnlyList<string>? rules)
    {
        foreach (var rule in rules ?? [])
        {
            if (rule.Length > 0 && Glob(rule).IsMatch(fileName))
            {
                return new DocumentAccess("folder-rule", $"Regel i konfigurasjonen: {rule}");
            }
        }

        return null;
    }

    private static Regex Glob(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    private static string? Text(JsonElement root, string name) =>
        root.EnumerateObject().FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: JsonValueKind.String } p
            ? p.Value.GetString() : null;

    /// <summary>
    /// The exemption stamp on a first page («Unntatt offentlighet jf. offl. § 13», «Unntatt off.», «offl. § 15»), as
    /// written, or null. Only ever a suggestion to staff: a stamp may be quoted, crossed out or outdated.
    /// </summary>
    public static string? FindExemptionStamp(string? firstPageText)
    {
        if (string.IsNullOrEmpty(firstPageText))
        {
            return null;
        }

        var m = Stamp().Match(firstPageText);
        return m.Success ? m.Value.Trim() : null;
    }

    [GeneratedRegex(@"(?i)unntatt\s+off(?:entlighet|\.)[^\n]{0,60}|\boffl\.?\s*§\s*\d+[^\n]{0,40}", RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();
}
