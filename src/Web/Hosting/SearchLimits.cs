using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NorPreM.Core.Model;

namespace NorPreM.Web.Hosting;

/// <summary>
/// How costly a query is before it runs (the one estimate both the limiter and the gateway use): the number of words it
/// will expand, and the number of them the index does not know, each of which is looked up for spelling and fuzzily.
/// </summary>
public static class SearchCost
{
    /// <summary>Words of a query (whitespace-separated, filters and operators included).</summary>
    public static int Words(string? query) =>
        string.IsNullOrWhiteSpace(query) ? 0 : query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// True when a query runs in the costly lane (the limiter's costly partition and <see cref="CostlySearchLane"/>): it
    /// has <see cref="WebOptions.CostlyQueryTerms"/> words or more, or <see cref="WebOptions.CostlyUnknownWords"/> the
    /// index does not know (asked of <paramref name="search"/>: a few term look-ups, no search).
    /// </summary>
    public static bool IsCostly(string? query, WebOptions options, ISearchService? search = null)
    {
        var words = Words(query);
        if (words >= options.CostlyQueryTerms)
        {
            return true;
        }

        return words > 0 && search is not null && options.CostlyUnknownWords > 0 && words >= options.CostlyUnknownWords
            && search.UnknownWords(query!) >= options.CostlyUnknownWords;
    }
}

/// <summary>
/// Bounded cost of searching (ASP.NET Core's rate limiter): a query of many words runs in a costly lane that lets only
/// <see cref="WebOptions.CostlySearches"/> run at once beside a short queue, so the other core stays free for ordinary
/// searches; each client and the app as a whole have a concurrency limit too. A refused search gets 429 with
/// «For mange søk» (problem JSON on the API, a page otherwise) and <c>Retry-After</c>, sent after
/// <see cref="WebOptions.RefusalDelayMilliseconds"/>.
/// </summary>
public static class SearchLimits
{
    public const string Policy = "search";

    /// <summary>The Norwegian message of a refused search.</summary>
    public const string Message = "For mange søk akkurat nå. Vent litt og prøv igjen.";

    public static IServiceCollection AddSearchLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                // The refusal waits out its own Retry-After before it is sent: a client that asks again at once (a
                // script on many connections) gets one answer per connection and second instead of thousands, each of
                // which would cost CPU the ordinary searches need. Waiting costs a timer, no thread.
                var delay = http.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value.RefusalDelayMilliseconds;
                if (delay > 0)
                {
                    try
                    {
                        await Task.Delay(delay, cancellationToken);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                }

                http.Response.Headers.RetryAfter = "1";
                if (http.Request.Path.StartsWithSegments("/api"))
                {
                    await Results.Problem(title: "For mange søk", detail: Message, statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
                }
                else
                {
                    http.Response.ContentType = "text/html; charset=utf-8";
                    await http.Response.WriteAsync(
                        "<!doctype html><html lang=\"nb\"><meta charset=\"utf-8\"><title>For mange søk</title><h1>For mange søk</h1><p>"
                        + WebUtility.HtmlEncode(Message) + "</p><p><a href=\"/\">Til søket</a></p></html>", cancellationToken);
                }
            };
            o.AddPolicy(Policy, http =>
            {
                var limits = http.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value;
                if (SearchCost.IsCostly(http.Request.Query["q"].ToString(), limits, http.RequestServices.GetService<ISearchService>()))
                {
                    return RateLimitPartition.GetConcurrencyLimiter("costly", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = limits.CostlySearches,
                        QueueLimit = limits.CostlyQueue,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    });
                }

                var client = http.Connection.RemoteIpAddress?.ToString() ?? "ukjent";
                return RateLimitPartition.GetConcurrencyLimiter("client:" + client, _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = limits.SearchesPerClient,
                    QueueLimit = limits.SearchesPerClient,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                });
            });
            // All searches together, whoever sends them.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                if (http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>() is null)
                {
                    return RateLimitPartition.GetNoLimiter("other");
                }

                var limits = http.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value;
                return RateLimitPartition.GetConcurrencyLimiter("all", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = limits.SearchesInTotal,
                    QueueLimit = limits.SearchesInTotal,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                });
            });
        });
        return services;
    }
}
