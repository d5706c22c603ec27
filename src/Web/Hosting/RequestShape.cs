using Microsoft.AspNetCore.Routing.Patterns;

namespace NorPreM.Web.Hosting;

/// <summary>
/// What the pipeline does with requests of an unexpected shape, before they reach a page or an endpoint: a trailing
/// slash is ignored (a catch-all address such as /saker/{number} would otherwise read "28-3-2022/" as the number),
/// and the pages answer only GET and HEAD (405 with Allow), so a POST gets the Norwegian error page rather than the
/// empty 400 of the antiforgery check.
/// </summary>
public static class RequestShape
{
    /// <summary>The methods the pages answer.</summary>
    public static readonly IReadOnlyList<string> PageMethods = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>"/saker/28-3-2022/" is read as "/saker/28-3-2022" (the root "/" stays).</summary>
    public static IApplicationBuilder UseTrailingSlashIgnored(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var path = context.Request.Path.Value;
            if (path is { Length: > 1 } && path.EndsWith('/'))
            {
                var trimmed = path.TrimEnd('/');
                context.Request.Path = new PathString(trimmed.Length == 0 ? "/" : trimmed);
            }

            return next(context);
        });

    /// <summary>
    /// HEAD on an address that <paramref name="applies"/> to (the API, whose endpoints are mapped for GET only) is
    /// answered as GET without a body, as HTTP asks of every GET resource (RFC 9110, 9.3.2), so link checkers and
    /// uptime probes get 200 or 404 instead of 405.
    /// </summary>
    public static IApplicationBuilder UseHeadAnsweredAsGet(this IApplicationBuilder app, Func<HttpContext, bool> applies) =>
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method) && applies(context))
            {
                context.Request.Method = HttpMethods.Get;
                context.Response.Body = Stream.Null;
            }

            return next(context);
        });

    /// <summary>
    /// Limits the pages to GET and HEAD, except <paramref name="except"/>: the error page answers every method, since the
    /// status code pages re-execute it with the failed request's method, and the sign-in and archive pages take forms
    /// (POST with an antiforgery token).
    /// </summary>
    public static PageActionEndpointConventionBuilder ReadOnlyPages(this PageActionEndpointConventionBuilder pages, params string[] except)
    {
        pages.Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern: RoutePattern pattern }
                && !except.Any(page => string.Equals(pattern.RawText?.Trim('/'), page.Trim('/'), StringComparison.OrdinalIgnoreCase)))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata(PageMethods));
            }
        });
        return pages;
    }
}
