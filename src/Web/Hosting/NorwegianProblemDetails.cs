using Microsoft.AspNetCore.WebUtilities;

namespace NorPreM.Web.Hosting;

/// <summary>
/// Gives the problem details the framework writes by itself (an unknown API address, a parameter that does not bind,
/// an unhandled exception) a Norwegian title and detail. Problems the endpoints write keep their own Norwegian text;
/// nothing about an exception (message, type, stack trace) is ever added.
/// </summary>
public static class NorwegianProblemDetails
{
    private const string FrameworkServerErrorTitle = "An error occurred while processing your request.";

    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var frameworkTitle = problem.Title is null
            || problem.Title == FrameworkServerErrorTitle
            || problem.Title == ReasonPhrases.GetReasonPhrase(status);
        if (!frameworkTitle)
        {
            return;
        }

        problem.Title = Title(status);
        problem.Detail ??= Detail(status);
    }

    /// <summary>
    /// Writes the Norwegian problem for the response's status code as <c>application/problem+json</c>, also when the
    /// client does not accept JSON (an API has no other format to offer).
    /// </summary>
    public static Task WriteAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        return TypedResults.Problem(statusCode: status, title: Title(status), detail: Detail(status)).ExecuteAsync(context);
    }

    public static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Ugyldig forespørsel",
        StatusCodes.Status404NotFound => "Fant ikke adressen",
        StatusCodes.Status405MethodNotAllowed => "Metoden er ikke tillatt",
        StatusCodes.Status406NotAcceptable => "Formatet kan ikke leveres",
        StatusCodes.Status413PayloadTooLarge => "Forespørselen er for stor",
        StatusCodes.Status415UnsupportedMediaType => "Formatet støttes ikke",
        StatusCodes.Status429TooManyRequests => "For mange forespørsler",
        >= 500 => "Det oppstod en feil på tjeneren",
        _ => "Forespørselen kunne ikke behandles",
    };

    public static string Detail(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Forespørselen inneholder verdier som ikke kan brukes.",
        StatusCodes.Status404NotFound => "Fant ikke noe på denne adressen. Se /openapi/v1.json for API-et.",
        StatusCodes.Status405MethodNotAllowed => "Adressen finnes, men ikke for denne HTTP-metoden.",
        >= 500 => "Det oppstod en feil under behandlingen av forespørselen. Prøv igjen senere.",
        _ => "Forespørselen kunne ikke behandles.",
    };
}
