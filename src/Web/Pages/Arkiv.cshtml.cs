using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NorPreM.Core.Model;
using NorPreM.Web.Access;
using NorPreM.Web.Archive;
using NorPreM.Web.Knowledge;

namespace NorPreM.Web.Pages;

/// <summary>
/// The staff's archive page: every document with its access, the exemption stamps found, and forms to upload, replace,
/// withdraw and mark restricted or public. Each form posts with an antiforgery token; the change is searchable as soon
/// as the ingest loop has run (the status line tells).
/// </summary>
[Authorize(Policy = StaffSignIn.StaffPolicy)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ArkivModel(CorpusArchive archive, KnowledgeState state) : PageModel
{
    /// <summary>The largest form accepted; the archive checks the configured PDF size within it.</summary>
    public const long MaxRequestBytes = 256L * 1024 * 1024;

    public IReadOnlyList<DocumentRecord> Documents { get; private set; } = [];

    public IngestStatus Status => state.Status;

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Error { get; set; }

    public void OnGet() => Documents = state.Full.Base.Documents.OrderBy(d => d.FileName, StringComparer.Ordinal).ToList();

    public Task<IActionResult> OnPostUploadAsync(IFormFile? fil, bool unntatt) => Do(async () =>
    {
        var file = fil ?? throw new ArchiveException("Velg en PDF-fil.");
        await using var stream = file.OpenReadStream();
        var name = await archive.UploadAsync(file.FileName, stream, file.Length, unntatt, User.Identity?.Name ?? "", HttpContext.RequestAborted);
        return $"«{name}» er lastet opp og blir søkbar om noen sekunder.";
    });

    public Task<IActionResult> OnPostReplaceAsync(string id, IFormFile? fil) => Do(async () =>
    {
        var file = fil ?? throw new ArchiveException("Velg en PDF-fil.");
        await using var stream = file.OpenReadStream();
        await archive.ReplaceAsync(id, stream, file.Length, User.Identity?.Name ?? "", HttpContext.RequestAborted);
        return "Dokumentet er erstattet. Hvis den nye filen ikke kan leses, beholdes den forrige versjonen.";
    });

    public Task<IActionResult> OnPostWithdrawAsync(string id) => Do(() =>
    {
        archive.Withdraw(id, User.Identity?.Name ?? "");
        return Task.FromResult("Dokumentet er trukket tilbake og fjernes fra søket, sidene og emnene.");
    });

    public Task<IActionResult> OnPostAccessAsync(string id, bool unntatt, string? grunn, string? hjemmel) => Do(() =>
    {
        archive.SetAccess(id, unntatt, grunn, hjemmel, User.Identity?.Name ?? "");
        return Task.FromResult(unntatt ? "Dokumentet er markert som unntatt offentlighet." : "Dokumentet er markert som offentlig.");
    });

    private async Task<IActionResult> Do(Func<Task<string>> action)
    {
        try
        {
            Message = await action();
        }
        catch (ArchiveException e)
        {
            Error = e.Message;
        }

        return RedirectToPage();
    }
}
