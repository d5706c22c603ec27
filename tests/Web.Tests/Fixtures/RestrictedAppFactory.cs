using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NorPreM.Core.Model;

namespace NorPreM.Web.Tests.Fixtures;

/// <summary>
/// The test knowledge base plus a restricted paper (a case of its own and secret words) and personal numbers on a
/// public page; a request with the header <see cref="RoleHeader"/> is signed in with that role.
/// </summary>
public sealed class RestrictedAppFactory : NorPreMAppFactory
{
    public const string RoleHeader = "X-Test-Role";
    public const string RestrictedId = "7e57aa11bb22cc33";
    public const string SecretWord = "Kvantesjøormprosjektet";
    public const string SecretTitle = "Fortrolig vurdering av Kvantesjøormprosjektet";
    public const string RestrictedCase = "31/3/2022";
    public const string IdentityNumber = "01017012343";
    public const string Phone = "22 33 44 55";
    public const string Email = "kari.nordmann@helse-sorost.no";
    public const string SecretOrganisation = "Kvantesjøormutvalget";
    public const string SecretAcronym = "KVSU";
    public const string SecretPerson = "Hemmeligrid Fortroligsen";

    /// <summary>Every text of the restricted paper an anonymous user must never meet, and the personal data.</summary>
    public static IReadOnlyList<string> Secrets { get; } =
        [SecretWord, SecretTitle, RestrictedId, SecretOrganisation, SecretAcronym, SecretPerson, IdentityNumber, Phone, Email];

    /// <summary>The test topics plus one found on the restricted paper (its page and its secret word).</summary>
    public override TopicSet? Topics
    {
        get
        {
            var topics = TestTopics.Create();
            var secret = new TopicRecord
            {
                Number = 3,
                Words = [new(SecretWord.ToLowerInvariant(), 0.05), new("vurdering", 0.02)],
                Units =
                [
                    new TopicUnit
                    {
                        UnitId = RestrictedId + ":p1", DocumentId = RestrictedId, Title = SecretTitle, DocumentTitle = SecretTitle, Page = 1,
                        CaseNumber = RestrictedCase, Weight = 0.9, Themes = [],
                    },
                ],
            };
            return topics with { Topics = [.. topics.Topics, secret], DocumentIds = [.. topics.DocumentIds, RestrictedId] };
        }
    }

    public RestrictedAppFactory()
        : base(Create())
    {
    }

    private static KnowledgeBase Create()
    {
        var kb = TestKnowledge.Create();
        var secretText = $"{SecretTitle}. {SecretWord} omtales bare her. {SecretOrganisation} ({SecretAcronym}) ved {SecretPerson} "
            + $"har vurdert saken. {SecretWord} er unntatt offentlighet jf. offl. § 13.";
        var restricted = new DocumentRecord
        {
            Id = RestrictedId,
            FileName = "fortrolig-vurdering.pdf",
            Title = SecretTitle,
            Council = Councils.HelseOmsorg21,
            DocumentType = DocumentTypes.CasePaper,
            PageCount = 1,
            Pages = [new PageRecord { Number = 1, Text = secretText }],
            Parts = [new DocumentPart { Id = "r1", Title = SecretTitle, DocumentType = DocumentTypes.CasePaper, FirstPage = 1, LastPage = 1, CaseNumber = RestrictedCase }],
            Restriction = new DocumentAccess("sidecar", "Taushetsplikt", "offl. § 13"),
        };
        var secretCase = new CaseRecord
        {
            Number = RestrictedCase,
            Title = SecretTitle,
            Council = Councils.HelseOmsorg21,
            Meeting = "3/2022",
            ProposedDecision = $"{SecretWord} videreføres.",
            DocumentId = RestrictedId,
            Pages = [1],
        };
        var withPersonalData = kb.Documents[0] with
        {
            Pages =
            [
                .. kb.Documents[0].Pages,
                new PageRecord { Number = 33, Text = $"Kontaktperson for helsepersonellkommisjonen: fnr. {IdentityNumber}, tlf. {Phone}, e-post {Email}." },
            ],
        };
        return kb with
        {
            Documents = [withPersonalData, .. kb.Documents.Skip(1), restricted],
            Cases = [.. kb.Cases, secretCase],
            Organisations = [.. kb.Organisations, new OrganisationRecord(SecretOrganisation, SecretAcronym)],
            People = [.. kb.People, new PersonRecord(SecretPerson, SecretOrganisation, ["saksbehandler"])],
        };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, HeaderRoleHandler>("Test", null);
            services.PostConfigure<AuthenticationOptions>(o => o.DefaultAuthenticateScheme = "Test");
        });
    }

    /// <summary>Signs the request in with the role its <see cref="RoleHeader"/> names; no header, no user.</summary>
    private sealed class HeaderRoleHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue(RoleHeader, out var role))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "test"), new Claim(ClaimTypes.Role, role.ToString())], "Test");
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), "Test")));
        }
    }
}
