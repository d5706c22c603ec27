using Microsoft.AspNetCore.Http.HttpResults;
using NorPreM.Web.Knowledge;

namespace NorPreM.Web.Apis;

/// <summary>Unsupervised topics (LDA at ingest) beside the fixed taxonomy.</summary>
public static class TopicsApi
{
    public static IEndpointRouteBuilder MapTopicsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/topics").WithTags("Emner");

        api.MapGet("/", ListTopics)
            .WithName("ListTopics")
            .WithSummary("Emner funnet uten fasit (LDA): de viktigste ordene, temaene i taksonomien de overlapper og de mest typiske sidene")
            .WithDescription("Svarer alltid 200. Når emnene ikke er beregnet eller ikke kunne beregnes, er «available» false og «message» sier hvorfor.");

        return app;
    }

    internal static Ok<TopicOverview> ListTopics(KnowledgeState state) =>
        TypedResults.Ok(TopicOverview.From(state.Topics, state.Current, state.Status));
}
