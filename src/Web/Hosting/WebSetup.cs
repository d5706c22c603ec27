using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using NorPreM.Web.Access;
using NorPreM.Web.Apis;
using NorPreM.Web.Knowledge;
using NorPreM.Web.Querying;
using NorPreM.Core.Serialization;

namespace NorPreM.Web.Hosting;

/// <summary>Service registration and the request pipeline, so Program.cs stays a few lines.</summary>
public static class WebSetup
{
    public const string DefaultUrl = "http://localhost:5000";

    public static WebApplicationBuilder AddNorPreMWeb(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var services = builder.Services;
        services.Configure<WebOptions>(builder.Configuration.GetSection(WebOptions.Section));
        services.AddHttpContextAccessor();
        services.AddSingleton<AccessContext>();
        services.AddSingleton<KnowledgeState>();
        services.AddSingleton<CorpusFiles>();
        services.AddSingleton<SearchQueryBinder>();
        services.AddSingleton<SearchResultCache>();
        services.AddSingleton<CostlySearchLane>();
        services.AddSingleton<OrdinarySearchGate>();
        services.AddSingleton<SearchGateway>();
        services.AddNorPreMPipeline();
        services.AddSingleton<Archive.CorpusChanges>();
        services.AddSingleton<Archive.CorpusArchive>();
        services.AddSingleton(sp => new Archive.CorpusWatcher(sp.GetRequiredService<CorpusFiles>().Root,
            sp.GetRequiredService<Archive.CorpusChanges>(), sp.GetRequiredService<ILogger<Archive.CorpusWatcher>>()));
        services.AddHostedService<CorpusIngestService>();

        services.AddStaffSignIn(builder.Configuration);
        // Behind a reverse proxy (TLS ended there): the client's address and scheme from X-Forwarded-For/-Proto, trusted
        // only from the proxies configured in ForwardedHeaders:KnownProxies (loopback by default), so the rate limiter
        // and the secure cookie see the real client and HTTPS.
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            foreach (var proxy in builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        services.AddSearchLimits();
        services.AddRazorPages();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = NorwegianProblemDetails.Apply);
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "NorPreM kunnskapsbase – API";
            doc.Info.Description = "Søk i saksdokumenter, vedtak, møter og tema fra helserådene. Feil returneres som ProblemDetails (RFC 9457).";
            // The framework fills "servers" from the request's Host header: a forged Host would be echoed to every reader
            // of a cached document. Paths are relative to where the document is served.
            doc.Servers?.Clear();
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(o =>
        {
            JsonDefaults.Apply(o.SerializerOptions);
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        // Write æ, ø and å as themselves in HTML; markup-significant characters are still encoded.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }

    public static WebApplication UseNorPreMWeb(this WebApplication app)
    {
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebOptions>>().Value.IngestOnStart)
        {
            // Files copied into the corpus folder by hand are ingested like staff uploads.
            app.Services.GetRequiredService<Archive.CorpusWatcher>();
        }

        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseTrailingSlashIgnored();
        app.UseHeadAnsweredAsGet(IsApi);
        app.UseWhen(IsApi, api =>
        {
            // Always a Norwegian problem in JSON, whatever the client accepts: the framework's own writer gives up on
            // "Accept: text/html" and writes English plain text ("Status Code: 404; Not Found").
            api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = NorwegianProblemDetails.WriteAsync });
            api.UseStatusCodePages(context => NorwegianProblemDetails.WriteAsync(context.HttpContext));
        });
        app.UseWhen(ctx => !IsApi(ctx), pages =>
        {
            pages.UseExceptionHandler("/feil");
            pages.UseStatusCodePagesWithReExecute("/feil", "?kode={0}");
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapSearchApi();
        app.MapKnowledgeApi();
        app.MapThemesApi();
        app.MapTopicsApi();
        app.MapDocumentsApi();
        app.MapRazorPages().ReadOnlyPages("/feil", "/logg-inn", "/logg-ut", "/arkiv");
        return app;
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/documents");
}
