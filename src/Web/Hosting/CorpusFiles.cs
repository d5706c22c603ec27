using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using NorPreM.Core.Model;
using NorPreM.Ingest.Pipeline;

namespace NorPreM.Web.Hosting;

/// <summary>
/// Maps indexed documents to PDF files of the corpus folder, and nothing else: a request names an id, never a path;
/// the id is looked up in the knowledge base and the file by the name recorded there (no path traversal possible).
/// The id is the one ingestion gives a document: the first 16 hex digits of the file's SHA-256.
/// </summary>
public sealed partial class CorpusFiles(IOptions<WebOptions> options, IHostEnvironment environment)
{
    /// <summary>The corpus folder, resolved: the configured path against the working directory, else the content root.</summary>
    public string Root { get; } = ResolveCorpus(options.Value.CorpusPath, environment.ContentRootPath);

    public static string ResolveCorpus(string configured, string contentRoot)
    {
        if (Path.IsPathRooted(configured))
        {
            return Path.GetFullPath(configured);
        }

        var fromWorkingDir = Path.GetFullPath(configured);
        if (Directory.Exists(fromWorkingDir))
        {
            return fromWorkingDir;
        }

        // `dotnet run --project src/Web` from the repository root keeps the working directory there; started from
        // src/Web (or the build output), walk up to the folder that has the corpus.
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, configured);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return fromWorkingDir;
    }

    /// <summary>True for strings shaped like a document id (hex digits only).</summary>
    public static bool IsWellFormedId(string id) => IdRegex().IsMatch(id);

    /// <summary>
    /// Full path of the corpus PDF of an indexed document, or null. The id was resolved from the knowledge base by the
    /// caller (so a file never indexed, or one the caller may not see, is never served); the file is found by its
    /// recorded name, never by hashing the corpus on a request, and only when it is a regular file inside the folder.
    /// </summary>
    /// <remarks>
    /// The last good store's copy comes first (<see cref="LastGoodStore"/>: exactly the bytes that were indexed, kept
    /// when the corpus file is later replaced by a copy that cannot be read); the corpus file by its name otherwise.
    /// </remarks>
    public string? PathOf(DocumentRecord document) => Store.PdfPath(document.Id) ?? CorpusFolder.ResolveFile(Root, document.FileName);

    /// <summary>The content-addressed store of last good versions beside the index.</summary>
    public LastGoodStore Store { get; } = new(Path.GetFullPath(options.Value.IndexPath));

    [GeneratedRegex("^[0-9a-fA-F]{8,64}$")]
    private static partial Regex IdRegex();
}
