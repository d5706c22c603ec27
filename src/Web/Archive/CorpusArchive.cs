using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using NorPreM.Core.Model;
using NorPreM.Ingest.Pipeline;
using NorPreM.Web.Hosting;
using NorPreM.Web.Knowledge;

namespace NorPreM.Web.Archive;

/// <summary>A staff action that could not be done, with the Norwegian reason shown on the archive page.</summary>
public sealed class ArchiveException(string message) : Exception(message);

/// <summary>
/// What staff change in the archive: upload a PDF (size and type checked), replace one, withdraw one, mark one
/// restricted or public (the sidecar <c>x.pdf.json</c>). Every change is written to the corpus folder (a temporary
/// file, then moved into place) and signalled to the ingest loop, which makes it searchable without a restart.
/// </summary>
public sealed partial class CorpusArchive(CorpusFiles files, KnowledgeState state, CorpusChanges changes, IOptions<WebOptions> options,
    ILogger<CorpusArchive> logger)
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();

    /// <summary>Adds a new PDF under a cleaned file name; an existing name is refused (replace it instead).</summary>
    public async Task<string> UploadAsync(string fileName, Stream content, long length, bool restricted, string user, CancellationToken cancellationToken)
    {
        var name = CleanName(fileName);
        if (File.Exists(Path.Combine(files.Root, name)))
        {
            throw new ArchiveException($"Det finnes allerede et dokument med navnet «{name}». Bruk «Erstatt» på det.");
        }

        if (restricted)
        {
            WriteSidecar(name, new DocumentAccess("sidecar", "Markert som unntatt ved opplasting", null));
        }

        await WriteAsync(name, content, length, cancellationToken);
        logger.LogInformation("{User} lastet opp {File}{Restricted}", user, name, restricted ? " (unntatt)" : "");
        changes.Signal();
        return name;
    }

    /// <summary>Replaces the PDF of an indexed document (same file name, new content).</summary>
    public async Task ReplaceAsync(string documentId, Stream content, long length, string user, CancellationToken cancellationToken)
    {
        var document = Find(documentId);
        await WriteAsync(document.FileName, content, length, cancellationToken);
        logger.LogInformation("{User} erstattet {File}", user, document.FileName);
        changes.Signal();
    }

    /// <summary>Withdraws a document: its PDF and sidecar leave the corpus, and the next run purges it everywhere.</summary>
    public void Withdraw(string documentId, string user)
    {
        var document = Find(documentId);
        var path = Path.Combine(files.Root, document.FileName);
        File.Delete(path);
        File.Delete(path + ".json");
        logger.LogInformation("{User} trakk tilbake {File}", user, document.FileName);
        changes.Signal();
    }

    /// <summary>Marks a document restricted (with a reason and legal basis) or public, through its sidecar.</summary>
    public void SetAccess(string documentId, bool restricted, string? reason, string? legalBasis, string user)
    {
        var document = Find(documentId);
        WriteSidecar(document.FileName, restricted ? new DocumentAccess("sidecar", Blank(reason), Blank(legalBasis)) : null);
        logger.LogInformation("{User} markerte {File} som {Access}", user, document.FileName, restricted ? "unntatt" : "offentlig");
        changes.Signal();
    }

    private DocumentRecord Find(string documentId) =>
        state.Full.Base.Documents.FirstOrDefault(d => d.Id == documentId) ?? throw new ArchiveException("Fant ikke dokumentet.");

    private async Task WriteAsync(string name, Stream content, long length, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxUploadBytes;
        if (length <= 0)
        {
            throw new ArchiveException("Filen er tom.");
        }

        if (length > max)
        {
            throw new ArchiveException($"Filen er for stor ({length / (1024 * 1024.0):0.0} MB). Største tillatte størrelse er {max / (1024 * 1024)} MB.");
        }

        Directory.CreateDirectory(files.Root);
        // Not named *.pdf while it is written, so neither the watcher nor a scan reads half a file.
        var temp = Path.Combine(files.Root, $".opplasting-{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                var buffer = new byte[81920];
                long total = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    if (total == 0 && (read < PdfMagic.Length || !buffer.AsSpan(0, PdfMagic.Length).SequenceEqual(PdfMagic)))
                    {
                        throw new ArchiveException("Filen er ikke en PDF (den begynner ikke med «%PDF-»).");
                    }

                    total += read;
                    if (total > max)
                    {
                        throw new ArchiveException($"Filen er for stor. Største tillatte størrelse er {max / (1024 * 1024)} MB.");
                    }

                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            File.Move(temp, Path.Combine(files.Root, name), overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private void WriteSidecar(string pdfName, DocumentAccess? access)
    {
        var path = Path.Combine(files.Root, AccessSidecar.NameFor(pdfName));
        var json = JsonSerializer.Serialize(access is null
            ? new Dictionary<string, string?> { ["access"] = "public" }
            : new Dictionary<string, string?> { ["access"] = "restricted", ["reason"] = access.Reason, ["legalBasis"] = access.LegalBasis });
        var temp = path + ".tmp";
        File.WriteAllText(temp, json);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// A safe corpus file name from what the browser sent: the last path part, letters (æøå too), digits, dot, dash and
    /// underscore kept, anything else a dash; ending in ".pdf".
    /// </summary>
    public static string CleanName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        if (!name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArchiveException("Bare PDF-filer (.pdf) kan lastes opp.");
        }

        var stem = Unsafe().Replace(name[..^4], "-").Trim('-', '.');
        if (stem.Length == 0)
        {
            throw new ArchiveException("Filnavnet kan ikke brukes.");
        }

        return (stem.Length > 120 ? stem[..120] : stem) + ".pdf";
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"[^\p{L}\p{Nd}._-]+")]
    private static partial Regex Unsafe();
}
