using Microsoft.AspNetCore.Http.HttpResults;
using NorPreM.Core.Model;
using NorPreM.Web.Knowledge;
using NorPreM.Web.Querying;

namespace NorPreM.Web.Apis;

/// <summary>Cases and meetings from the knowledge base.</summary>
public static class KnowledgeApi
{
    public static IEndpointRouteBuilder MapKnowledgeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Saker og møter");

        api.MapGet("/cases/{**number}", GetCase)
            .WithName("GetCase")
            .WithSummary("En sak med saksfremlegg, forslag til vedtak, vedtak, historikk og lignende saker")
            .WithDescription("Saksnummeret kan skrives 28-3-2022, 28/3/2022 eller 28/3/22.");

        api.MapGet("/meetings/{council}/{**number}", GetMeeting)
            .WithName("GetMeeting")
            .WithSummary("Et møte med dato, sted, deltakere og saksliste")
            .WithDescription("Rådet angis med id (ho21, norprem, norprem-rad, norprem-rad-sor-ost, norprem-rad-vest, norprem-rad-midt, norprem-rad-nord, fagdirektormotet); møtet som 2-2022 eller 2/2022.");

        api.MapGet("/councils", ListCouncils)
            .WithName("ListCouncils")
            .WithSummary("Rådene med id, navn og antall møter og saker i korpuset");

        api.MapGet("/councils/{council}", GetCouncil)
            .WithName("GetCouncil")
            .WithSummary("Et råd med møtene (nyeste først, med dato eller anslått datointervall) og dokumentene i korpuset")
            .WithDescription("Et kjent råd uten dokumenter i korpuset ennå (f.eks. et regionalt NorPreM-råd) gir 200 med hasDocuments=false og en melding; et ukjent råd gir 404 «Ukjent råd».");

        api.MapGet("/status", GetStatus)
            .WithName("GetStatus")
            .WithSummary("Status for indekseringen");

        return app;
    }

    internal static Results<Ok<CaseResponse>, ProblemHttpResult> GetCase(string number, KnowledgeState state, SearchGateway gateway)
    {
        if (KnowledgeSnapshot.NormaliseCaseNumber(number) is not { } normal)
        {
            if (CaseNumber.HasNumberShape(KnowledgeSnapshot.DecodeSlashes(number)))
            {
                // Well formed but outside the plausible range (case 1–999, meeting 1–20, year 1990–2100): no such case.
                return NotFound($"Fant ingen sak «{KnowledgeSnapshot.DecodeSlashes(number)}».", state);
            }

            return TypedResults.Problem(
                detail: $"«{number}» er ikke et saksnummer. Skriv det som 28-3-2022 eller 28/3/2022.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Ugyldig saksnummer");
        }

        var kb = state.Current;
        if (kb.FindCase(normal) is not { } record)
        {
            return NotFound($"Fant ingen sak {normal}.", state);
        }

        var history = kb.History(record)
            .Select(h => (Entry: h, Date: h.Case is { } hc ? gateway.MeetingDateOf(hc) : MeetingDate.Unknown))
            .Select(x => new CaseHistoryItem(
                x.Entry.Number,
                x.Entry.Case?.Title,
                x.Entry.Case?.Meeting,
                x.Date.Date,
                x.Entry.Case?.Decision,
                x.Entry.Case is not null,
                x.Entry.IsCurrent,
                SearchLinks.CaseUrl(x.Entry.Number),
                x.Date.Estimate) { ProposedDecision = x.Entry.Case?.Decision is null ? x.Entry.Case?.ProposedDecision : null })
            .ToList();
        var similar = gateway.SimilarCases(record, 5)
            .Select(s => new SimilarCaseItem(s.Case.Number, s.Case.Title, Math.Round(s.Score, 3), s.SharedThemes, SearchLinks.CaseUrl(s.Case.Number)))
            .ToList();
        var date = gateway.MeetingDateOf(record);
        return TypedResults.Ok(new CaseResponse(record, history, similar, SearchLinks.CaseUrl(record.Number), date.Date, date.Estimate));
    }

    internal static Results<Ok<MeetingResponse>, ProblemHttpResult> GetMeeting(string council, string number, KnowledgeState state, SearchGateway gateway)
    {
        var kb = state.Current;
        council = kb.CouncilIdFor(council);
        if (!kb.IsKnownCouncil(council))
        {
            return UnknownCouncil(council, kb);
        }

        if (KnowledgeSnapshot.NormaliseMeeting(number) is not { } normal)
        {
            if (MeetingKeys.HasKeyShape(KnowledgeSnapshot.DecodeSlashes(number)))
            {
                // Well formed but outside the plausible range (meeting 1–20, year 1990–2100): no such meeting.
                return NotFound($"Fant ikke møte «{number}» i {Councils.DisplayName(council)}.", state);
            }

            return TypedResults.Problem(
                detail: $"«{number}» er ikke et møtenummer. Skriv det som 2-2022 eller 2/2022.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Ugyldig møtenummer");
        }

        var meeting = kb.MeetingAt(council, number);
        if (meeting is null)
        {
            return NotFound($"Fant ikke møte {normal} i {Councils.DisplayName(council)}.", state);
        }

        var agenda = kb.CasesOf(meeting)
            .Select(c => new AgendaItem(c.Number, c.Title, c.CaseTypes, c.ProposedDecision, c.Decision, SearchLinks.CaseUrl(c.Number)))
            .ToList();
        var date = gateway.MeetingDate(meeting.Council, meeting.Number, meeting.Date);
        return TypedResults.Ok(new MeetingResponse(meeting, kb.CouncilName(council), agenda, SearchLinks.MeetingUrl(council, meeting.Number), date.Estimate));
    }

    private static Ok<IReadOnlyList<CouncilSummary>> ListCouncils(KnowledgeState state)
    {
        var kb = state.Current;
        IReadOnlyList<CouncilSummary> councils = kb.CouncilIds
            .Select(id => new CouncilSummary(id, kb.CouncilName(id), kb.AllMeetingsOf(id).Count, kb.Base.Cases.Count(c => c.Council == id), SearchLinks.CouncilUrl(id)))
            .ToList();
        return TypedResults.Ok(councils);
    }

    internal static Results<Ok<CouncilResponse>, ProblemHttpResult> GetCouncil(string council, KnowledgeState state, SearchGateway gateway)
    {
        var kb = state.Current;
        council = kb.CouncilIdFor(council);
        if (!kb.IsKnownCouncil(council))
        {
            return UnknownCouncil(council, kb);
        }

        var name = kb.CouncilName(council);
        var meetings = kb.AllMeetingsOf(council)
            .Select(m => (Meeting: m, Date: gateway.MeetingDate(m.Council, m.Number, m.Date)))
            .Select(x => new CouncilMeetingItem(
                x.Meeting.Number,
                x.Date.Date,
                x.Date.Estimate,
                x.Meeting.Place,
                kb.CasesOf(x.Meeting).Count,
                x.Meeting.MinutesDocumentId is not null,
                SearchLinks.MeetingUrl(council, x.Meeting.Number),
                "/api/meetings/" + Uri.EscapeDataString(council) + "/" + Uri.EscapeDataString(x.Meeting.Number.Replace('/', '-'))))
            .ToList();
        var documents = kb.DocumentsOf(council)
            .Select(d => new CouncilDocumentItem(d.Id, d.Title, d.PageCount, SearchLinks.DocumentUrl(d.Id)))
            .ToList();
        var empty = kb.HasNothingFrom(council);
        var message = empty
            ? $"Kunnskapsbasen har ingen dokumenter fra {name} ennå." + (state.Status.Phase == IngestPhase.Running ? " Dokumentene indekseres fortsatt; prøv igjen om litt." : "")
            : null;
        return TypedResults.Ok(new CouncilResponse(council, name, !empty, message, meetings.Count, kb.CaseCountOf(council), meetings, documents, SearchLinks.CouncilUrl(council)));
    }

    /// <summary>404 for a council id nobody knows, naming the known ones (also as <c>knownCouncils</c>) and <c>/api/councils</c>.</summary>
    internal static ProblemHttpResult UnknownCouncil(string council, KnowledgeSnapshot kb) =>
        TypedResults.Problem(
            detail: $"Ukjent råd «{council}». Kjente råd: {string.Join(", ", kb.CouncilIds.Select(id => $"{id} ({Councils.DisplayName(id)})"))}. Se /api/councils.",
            statusCode: StatusCodes.Status404NotFound,
            title: "Ukjent råd",
            extensions: new Dictionary<string, object?> { ["knownCouncils"] = kb.CouncilIds, ["councils"] = "/api/councils" });

    private static Ok<StatusResponse> GetStatus(KnowledgeState state)
    {
        var s = state.Status;
        var kb = state.Current.Base;
        return TypedResults.Ok(new StatusResponse(s.Phase.ToString(), s.Message, s.Done, s.Total, kb.Documents.Count, kb.Cases.Count, s.Warnings));
    }

    internal static ProblemHttpResult NotFound(string detail, KnowledgeState state) =>
        TypedResults.Problem(
            detail: state.Status.Phase == IngestPhase.Running ? detail + " Dokumentene indekseres fortsatt; prøv igjen om litt." : detail,
            statusCode: StatusCodes.Status404NotFound,
            title: "Ikke funnet");
}
