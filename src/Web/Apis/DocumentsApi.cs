using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using NorPreM.Web.Hosting;
using NorPreM.Web.Knowledge;
using NorPreM.Web.Querying;

namespace NorPreM.Web.Apis;

/// <summary>Documents of the corpus: their pages and parts as JSON, and the PDF files themselves.</summary>
public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/documents/{id}", GetDocument)
            .WithTags("Dokumenter")
            .WithName("GetDocument")
            .WithSummary("Et dokument med sidetekst, deler (saksframlegg og vedlegg) og hvilke sider som er OCR-behandlet eller reparert");

        app.MapGet("/documents/{id}/pdf", GetPdf)
            .WithTags("Dokumenter")
            .WithName("GetPdf")
            .WithSummary("PDF-filen fra korpuset; legg til #page=N for å åpne på en side")
            .WithDescription("Bare filer i korpusmappen serveres, og bare ved dokument-id (de første 16 heksadesimale sifrene av filens SHA-256).");

        return app;
    }

    private static Results<Ok<DocumentResponse>, ProblemHttpResult> GetDocument(string id, KnowledgeState state)
    {
        if (!CorpusFiles.IsWellFormedId(id))
        {
            return BadId(id);
        }

        return state.Current.FindDocument(id) is { } doc
            ? TypedResults.Ok(new DocumentResponse(doc, SearchLinks.PdfUrl(doc.Id), SearchLinks.DocumentUrl(doc.Id)))
            : KnowledgeApi.NotFound($"Fant ikke dokument {id}.", state);
    }

    private static Results<PhysicalFileHttpResult, ProblemHttpResult> GetPdf(string id, CorpusFiles files, KnowledgeState state, HttpContext http)
    {
        if (!CorpusFiles.IsWellFormedId(id))
        {
            return BadId(id);
        }

        // Only a document the caller may see (a restricted paper is absent from an anonymous user's knowledge base).
        if (state.Current.FindDocument(id) is not { } document || files.PathOf(document) is not { } path)
        {
            return TypedResults.Problem(
                detail: $"Fant ingen PDF med id {id} i korpuset.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Ikke funnet");
        }

        http.Response.Headers.ContentDisposition = InlineDisposition(Path.GetFileName(path));
        return TypedResults.PhysicalFile(path, "application/pdf", enableRangeProcessing: true);
    }

    /// <summary>
    /// The Content-Disposition value that shows a PDF inline under its corpus file name: an ASCII fallback
    /// <c>filename</c> (non-ASCII and control characters as "_", quotes escaped) and the exact name as RFC 5987
    /// <c>filename*=UTF-8''…</c>, so names with æ, ø, å, quotes or control characters never break the header.
    /// </summary>
    public static string InlineDisposition(string fileName)
    {
        var clean = new string(fileName.Select(c => char.IsControl(c) ? '_' : c).ToArray());
        var value = new ContentDispositionHeaderValue("inline");
        value.SetHttpFileName(clean);
        return value.ToString();
    }

    private static ProblemHttpResult BadId(string id) =>
        TypedResults.Problem(
            detail: "En dokument-id består av heksadesimale sifre (0–9, a–f). Filstier godtas ikke.",
            statusCode: StatusCodes.Status400BadRequest,
            title: "Ugyldig dokument-id");
}
